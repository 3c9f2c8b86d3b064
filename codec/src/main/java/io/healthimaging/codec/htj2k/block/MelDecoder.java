package io.healthimaging.codec.htj2k.block;

/**
 * Decodes MEL events from the forward-growing MEL stream, which starts right after the MagSgn bytes of a
 * cleanup segment and shares its last byte with the VLC stream. Past its bytes it reads 0xFF.
 */
final class MelDecoder {

    private byte[] data;
    private int position;
    private int end;
    private int current;
    private int bitsLeft;
    private boolean afterFF;
    private int state;
    private int zerosLeft;
    private boolean oneFollows;

    /**
     * Reads {@code data[start .. end)}; the low four bits of {@code data[end - 1]} belong to the Scup suffix
     * and read as 1s.
     */
    void reset(byte[] data, int start, int end) {
        this.data = data;
        this.position = start;
        this.end = end;
        bitsLeft = 0;
        afterFF = false;
        state = 0;
        zerosLeft = 0;
        oneFollows = false;
    }

    boolean decode() {
        if (zerosLeft == 0 && !oneFollows) {
            decodeRun();
        }
        if (zerosLeft > 0) {
            zerosLeft--;
            return false;
        }
        oneFollows = false;
        return true;
    }

    /** Index of the last byte a consumed bit came from; {@code start - 1} before any. */
    int lastByteTouched() {
        return position - 1;
    }

    private void decodeRun() {
        int exponent = MelCode.EXPONENT[state];
        if (readBit() == 1) {
            zerosLeft = 1 << exponent;
            state = Math.min(MelCode.MAX_STATE, state + 1);
        } else {
            int run = 0;
            for (int i = 0; i < exponent; i++) {
                run = run << 1 | readBit();
            }
            zerosLeft = run;
            oneFollows = true;
            state = Math.max(0, state - 1);
        }
    }

    private int readBit() {
        if (bitsLeft == 0) {
            int value = 0xFF;
            if (position < end) {
                value = data[position] & 0xFF;
                if (position == end - 1) {
                    value |= 0x0F;
                }
                if (afterFF && value > 0x8F) {
                    throw new HtCodingException("MEL segment holds a marker code 0xFF"
                            + Integer.toHexString(value).toUpperCase() + " at byte " + position);
                }
            }
            position++;
            bitsLeft = afterFF ? 7 : 8;
            current = value;
            afterFF = value == 0xFF;
        }
        return current >>> --bitsLeft & 1;
    }
}
