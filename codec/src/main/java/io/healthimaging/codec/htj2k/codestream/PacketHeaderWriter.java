package io.healthimaging.codec.htj2k.codestream;

import java.util.Arrays;

/** Writes packet header bits, most significant first, with the bit stuffing of B.10.1. */
final class PacketHeaderWriter {
    private byte[] bytes = new byte[64];
    private int length;
    private int current;
    private int bitCount;
    private boolean afterFF;

    void bit(int bit) {
        current = (current << 1) | bit;
        bitCount++;
        if (bitCount == (afterFF ? 7 : 8)) {
            emit();
        }
    }

    void bits(int value, int count) {
        for (int i = count - 1; i >= 0; i--) {
            bit((value >>> i) & 1);
        }
    }

    /** Pads to the byte boundary; a header may not end in 0xFF, so a stuffed 0x00 follows one. */
    byte[] finish() {
        if (bitCount > 0) {
            current <<= (afterFF ? 7 : 8) - bitCount;
            emit();
        }
        if (afterFF) {
            current = 0;
            emit();
        }
        return Arrays.copyOf(bytes, length);
    }

    private void emit() {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, length * 2);
        }
        bytes[length++] = (byte) current;
        afterFF = current == 0xFF;
        current = 0;
        bitCount = 0;
    }
}
