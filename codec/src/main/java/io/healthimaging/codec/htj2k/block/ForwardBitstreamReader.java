package io.healthimaging.codec.htj2k.block;

/**
 * Reads a forward-growing HT bitstream (MagSgn, SigProp), removing the stuffed bit of every byte that
 * follows 0xFF. Past the end of its segment it reads the fill byte the standard prescribes (0xFF for
 * MagSgn, 0 for SigProp), so it never touches bytes outside {@code [start, end)}.
 */
final class ForwardBitstreamReader {

    private final String name;
    private final ByteWidths widths = new ByteWidths();
    private byte[] data;
    private int position;
    private int end;
    private int fill;
    private long bits;
    private int count;
    private boolean afterFF;

    ForwardBitstreamReader(String name) {
        this.name = name;
    }

    void reset(byte[] data, int start, int end, int fill) {
        this.data = data;
        this.position = start;
        this.end = end;
        this.fill = fill;
        bits = 0;
        count = 0;
        afterFF = false;
        widths.reset();
    }

    /** The next 32 bits, least significant first, without consuming them. */
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

    /** Consumes and returns the next {@code n} (at most 32) bits. */
    int read(int n) {
        int value = peek() & (int) ((1L << n) - 1);
        skip(n);
        return value;
    }

    /** Bytes from which at least one bit has been consumed, fill bytes included. */
    int bytesTouched() {
        return widths.touched(count);
    }

    private void refill() {
        while (count <= 56) {
            int value;
            if (position < end) {
                value = data[position++] & 0xFF;
                if (afterFF && value > 0x8F) {
                    throw new HtCodingException(name + " segment holds a marker code 0xFF"
                            + Integer.toHexString(value).toUpperCase() + " at byte " + (position - 1));
                }
            } else {
                value = fill;
            }
            int width = afterFF ? 7 : 8;
            bits |= (long) (value & (1 << width) - 1) << count;
            count += width;
            widths.loaded(width);
            afterFF = value == 0xFF;
        }
    }
}
