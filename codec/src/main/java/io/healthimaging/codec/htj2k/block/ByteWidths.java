package io.healthimaging.codec.htj2k.block;

/**
 * Remembers how many bits each byte recently loaded into a bit reader contributed (stuffing leaves 7, the
 * cleanup suffix 3 or 4), so the reader can tell how many bytes its consumed bits came from: the corruption
 * checks compare that with the segment lengths.
 */
final class ByteWidths {

    private final byte[] recent = new byte[16];
    private int loaded;

    void reset() {
        loaded = 0;
    }

    void loaded(int width) {
        recent[loaded & 15] = (byte) width;
        loaded++;
    }

    /** Bytes with at least one consumed bit, given that {@code unconsumedBits} bits are still buffered. */
    int touched(int unconsumedBits) {
        int untouched = 0;
        int remaining = unconsumedBits;
        while (untouched < loaded && remaining >= recent[(loaded - 1 - untouched) & 15]) {
            remaining -= recent[(loaded - 1 - untouched) & 15];
            untouched++;
        }
        return loaded - untouched;
    }
}
