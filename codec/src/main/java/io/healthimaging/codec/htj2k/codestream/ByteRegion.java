package io.healthimaging.codec.htj2k.codestream;

/** A run of bytes inside a larger array, shared rather than copied. */
public record ByteRegion(byte[] data, int offset, int length) {

    public int end() {
        return offset + length;
    }

    static ByteRegion concat(java.util.List<ByteRegion> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int total = 0;
        for (ByteRegion part : parts) {
            total = Math.addExact(total, part.length);
        }
        byte[] joined = new byte[total];
        int at = 0;
        for (ByteRegion part : parts) {
            System.arraycopy(part.data, part.offset, joined, at, part.length);
            at += part.length;
        }
        return new ByteRegion(joined, 0, total);
    }
}
