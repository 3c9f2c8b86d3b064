package io.healthimaging.codec.htj2k.block;

/**
 * Reads a backward-growing HT bitstream (VLC, MagRef) from the end of its segment towards the start,
 * skipping the stuffed bit of a byte whose seven low bits are 1 and that follows (in reading order) a byte
 * above 0x8F. Past the start of its segment it reads zeros, so it never touches bytes outside the segment.
 */
final class BackwardBitstreamReader extends BitstreamReader {

    private final String name;
    private byte[] data;
    private int position;
    private int start;
    private int previous;

    BackwardBitstreamReader(String name) {
        this.name = name;
    }

    /** Reads {@code data[end - 1]} first, as if it followed a byte above 0x8F (MagRef). */
    void reset(byte[] data, int start, int end) {
        this.data = data;
        this.start = start;
        this.position = end - 1;
        previous = 0xFF;
        clear();
    }

    /**
     * Reads the VLC stream of a cleanup segment whose MEL and VLC part is {@code [start, lcupEnd)}: the last
     * byte and the low half of the one before hold the Scup suffix, so reading starts with the upper half of
     * {@code data[lcupEnd - 2]}, whose bits 0 to 3 count as 1s for stuffing.
     */
    void resetForVlc(byte[] data, int start, int lcupEnd) {
        reset(data, start, lcupEnd - 2);
        int first = data[lcupEnd - 2] & 0xFF | 0x0F;
        if (first == 0xFF) {
            throw new HtCodingException(name + " segment starts with 0x"
                    + Integer.toHexString(data[lcupEnd - 2] & 0xFF).toUpperCase()
                    + ": its top bit must be a stuffed 0 after the Scup byte");
        }
        int width = (first & 0x7F) == 0x7F ? 3 : 4;
        append(first >>> 4, width);
        previous = first;
    }

    @Override
    void loadByte() {
        int value = 0;
        if (position >= start) {
            value = data[position--] & 0xFF;
            if (previous > 0x8F && value == 0xFF) {
                throw new HtCodingException(name + " segment holds a marker code 0xFF"
                        + Integer.toHexString(previous).toUpperCase() + " at byte " + (position + 1));
            }
        }
        append(value, previous > 0x8F && (value & 0x7F) == 0x7F ? 7 : 8);
        previous = value;
    }
}
