package io.healthimaging.codec.htj2k.block;

/**
 * Reads a backward-growing HT bitstream (VLC, MagRef) from the end of its segment towards the start,
 * skipping the stuffed bit of a byte whose seven low bits are 1 and that follows (in reading order) a byte
 * above 0x8F. Past the start of its segment it reads zeros, so it never touches bytes outside the segment.
 */
final class BackwardBitstreamReader {

    private final String name;
    private final ByteWidths widths = new ByteWidths();
    private byte[] data;
    private int position;
    private int start;
    private long bits;
    private int count;
    private int previous;

    BackwardBitstreamReader(String name) {
        this.name = name;
    }

    /** Reads {@code data[end - 1]} first, as if it followed a byte above 0x8F (MagRef). */
    void reset(byte[] data, int start, int end) {
        this.data = data;
        this.start = start;
        this.position = end - 1;
        bits = 0;
        count = 0;
        previous = 0xFF;
        widths.reset();
    }

    /**
     * Reads the VLC stream of a cleanup segment whose MEL and VLC part is {@code [start, lcupEnd)}: the last
     * byte and the low half of the one before hold the Scup suffix, so reading starts with the upper half of
     * {@code data[lcupEnd - 2]}, whose bits 0 to 3 count as 1s for stuffing.
     */
    void resetForVlc(byte[] data, int start, int lcupEnd) {
        reset(data, start, lcupEnd - 2);
        int first = data[lcupEnd - 2] & 0xFF | 0x0F;
        int width = (first & 0x7F) == 0x7F ? 3 : 4;
        bits = first >>> 4 & (1 << width) - 1;
        count = width;
        widths.loaded(width);
        previous = first;
    }

    /** The next 32 bits, in reading order from the least significant, without consuming them. */
    int peek() {
        if (count < 32) {
            refill();
        }
        return (int) bits;
    }

    void skip(int n) {
        bits >>>= n;
        count -= n;
    }

    /** Bytes from which at least one bit has been consumed, the zeros read past the start included. */
    int bytesTouched() {
        return widths.touched(count);
    }

    private void refill() {
        while (count <= 56) {
            int value = 0;
            if (position >= start) {
                value = data[position--] & 0xFF;
                if (previous > 0x8F && value == 0xFF) {
                    throw new HtCodingException(name + " segment holds a marker code 0xFF"
                            + Integer.toHexString(previous).toUpperCase() + " at byte " + (position + 1));
                }
            }
            int width = previous > 0x8F && (value & 0x7F) == 0x7F ? 7 : 8;
            bits |= (long) (value & (1 << width) - 1) << count;
            count += width;
            widths.loaded(width);
            previous = value;
        }
    }
}
