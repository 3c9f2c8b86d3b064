package io.healthimaging.codec.htj2k.block;

/**
 * Writes a forward-growing HT bitstream (MagSgn, SigProp): bits are packed from the least significant bit
 * of each byte, and a byte that follows 0xFF carries only seven bits, its most significant bit being a
 * stuffed 0, so that no marker code (0xFF90 and above) can appear.
 */
final class ForwardBitstreamWriter {

    private byte[] buffer = new byte[0];
    private int length;
    private long pending;
    private int pendingBits;
    private boolean afterFF;

    void reset(int capacity) {
        if (buffer.length < capacity) {
            buffer = new byte[capacity];
        }
        length = 0;
        pending = 0;
        pendingBits = 0;
        afterFF = false;
    }

    /** Appends the {@code count} (0 to 32) low bits of {@code bits}, least significant first. */
    void write(int bits, int count) {
        pending |= (bits & (1L << count) - 1) << pendingBits;
        pendingBits += count;
        if (pendingBits >= 32) {
            emitWholeBytes();
        }
    }

    /** MagSgn termination: pads the last byte with 1s and drops it if it becomes 0xFF (the decoder feeds 0xFF). */
    void finishPaddedWithOnes() {
        emitWholeBytes();
        if (pendingBits > 0) {
            int width = afterFF ? 7 : 8;
            int last = (int) pending | (0xFF << pendingBits) & (1 << width) - 1;
            if (last != 0xFF) {
                buffer[length++] = (byte) last;
            }
        } else if (afterFF) {
            length--;
        }
        pending = 0;
        pendingBits = 0;
    }

    /** Writes the complete bytes; fewer than one byte's worth of bits stays pending. */
    void emitWholeBytes() {
        while (pendingBits >= (afterFF ? 7 : 8)) {
            int width = afterFF ? 7 : 8;
            int value = (int) pending & (1 << width) - 1;
            buffer[length++] = (byte) value;
            pending >>>= width;
            pendingBits -= width;
            afterFF = value == 0xFF;
        }
    }

    /** Bits of the incomplete last byte, after {@link #emitWholeBytes()}. */
    int pendingBits() {
        return pendingBits;
    }

    int pendingByte() {
        return (int) pending;
    }

    /** Whether the incomplete last byte follows 0xFF, so its most significant bit must stay 0. */
    boolean pendingByteIsStuffed() {
        return afterFF;
    }

    void appendByte(int value) {
        buffer[length++] = (byte) value;
        pending = 0;
        pendingBits = 0;
    }

    int length() {
        return length;
    }

    byte[] buffer() {
        return buffer;
    }
}
