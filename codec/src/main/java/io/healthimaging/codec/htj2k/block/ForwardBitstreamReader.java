package io.healthimaging.codec.htj2k.block;

/**
 * Reads a forward-growing HT bitstream (MagSgn, SigProp), removing the stuffed bit of every byte that
 * follows 0xFF. Past the end of its segment it reads the fill byte the standard prescribes (0xFF for
 * MagSgn, 0 for SigProp), so it never touches bytes outside {@code [start, end)}.
 */
final class ForwardBitstreamReader extends BitstreamReader {

    private final String name;
    private byte[] data;
    private int position;
    private int end;
    private int fill;
    private boolean afterFF;

    ForwardBitstreamReader(String name) {
        this.name = name;
    }

    void reset(byte[] data, int start, int end, int fill) {
        this.data = data;
        this.position = start;
        this.end = end;
        this.fill = fill;
        afterFF = false;
        clear();
    }

    @Override
    void loadByte() {
        int value = fill;
        if (position < end) {
            value = data[position++] & 0xFF;
            if (afterFF && value > 0x8F) {
                throw new HtCodingException(name + " segment holds a marker code 0xFF"
                        + Integer.toHexString(value).toUpperCase() + " at byte " + (position - 2));
            }
        }
        append(value, afterFF ? 7 : 8);
        afterFF = value == 0xFF;
    }
}
