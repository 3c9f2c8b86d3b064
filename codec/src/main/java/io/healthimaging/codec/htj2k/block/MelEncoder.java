package io.healthimaging.codec.htj2k.block;

/**
 * Codes the cleanup pass's MEL events (is a quad in an all-insignificant context significant; do both quads
 * of a first-row pair have {@code u > 2}) into the forward-growing MEL stream: bits are packed from the most
 * significant bit of each byte, and a byte after 0xFF carries seven bits.
 */
final class MelEncoder {

    private byte[] buffer = new byte[0];
    private int length;
    private int current;
    private int freeBits;
    private int state;
    private int run;
    private int runLimit;

    void reset(int capacity) {
        if (buffer.length < capacity) {
            buffer = new byte[capacity];
        }
        length = 0;
        current = 0;
        freeBits = 8;
        state = 0;
        run = 0;
        runLimit = 1;
    }

    void encode(boolean event) {
        if (!event) {
            if (++run == runLimit) {
                emitBit(1);
                run = 0;
                state = Math.min(MelCode.MAX_STATE, state + 1);
                runLimit = 1 << MelCode.EXPONENT[state];
            }
        } else {
            emitBit(0);
            for (int bit = MelCode.EXPONENT[state] - 1; bit >= 0; bit--) {
                emitBit(run >>> bit & 1);
            }
            run = 0;
            state = Math.max(0, state - 1);
            runLimit = 1 << MelCode.EXPONENT[state];
        }
    }

    /** Ends an unfinished run of 0 events with a "1" bit: the decoder never asks for the excess events. */
    void finishRun() {
        if (run > 0) {
            emitBit(1);
        }
    }

    private void emitBit(int bit) {
        current = current << 1 | bit;
        if (--freeBits == 0) {
            buffer[length++] = (byte) current;
            freeBits = current == 0xFF ? 7 : 8;
            current = 0;
        }
    }

    /** The incomplete last byte aligned to the most significant bit. */
    int pendingByte() {
        return current << freeBits & 0xFF;
    }

    /**
     * The bits of the incomplete last byte that carry data or a stuffed 0; empty when the last written byte
     * completed the stream exactly.
     */
    int pendingMask() {
        return 0xFF << freeBits & 0xFF;
    }

    void appendByte(int value) {
        buffer[length++] = (byte) value;
    }

    int length() {
        return length;
    }

    byte[] buffer() {
        return buffer;
    }
}
