package io.healthimaging.codec.htj2k.block;

/**
 * Writes a backward-growing HT bitstream (VLC, MagRef): bytes are produced from the end of the segment
 * towards its start, bits are packed from the least significant bit, and a byte written after one above
 * 0x8F gets a stuffed 0 in its most significant bit whenever its seven other bits are all 1, so that the
 * bytes, read in memory order, never form a marker code.
 */
final class BackwardBitstreamWriter {

    private byte[] buffer = new byte[0];
    private int next;
    private int current;
    private int currentBits;
    private boolean sevenBitByte;

    /** Starts an empty stream whose first byte is treated as following a byte above 0x8F (MagRef). */
    void reset(int capacity) {
        if (buffer.length < capacity) {
            buffer = new byte[capacity];
        }
        next = buffer.length - 1;
        current = 0;
        currentBits = 0;
        sevenBitByte = true;
    }

    /**
     * Starts the VLC stream of a cleanup segment: its last two bytes will hold the 12-bit Scup suffix, so the
     * stream begins with a placeholder byte 0xFF and four placeholder 1 bits, exactly as the decoder reads it.
     */
    void resetWithSuffixPlaceholder(int capacity) {
        reset(capacity);
        emit(0xFF);
        current = 0xF;
        currentBits = 4;
    }

    /** Appends the {@code count} low bits of {@code bits}, least significant first. */
    void write(int bits, int count) {
        while (count > 0) {
            int limit = sevenBitByte ? 7 : 8;
            int take = Math.min(limit - currentBits, count);
            current |= (bits & (1 << take) - 1) << currentBits;
            currentBits += take;
            bits >>>= take;
            count -= take;
            if (currentBits == limit) {
                if (limit == 7 && current != 0x7F) {
                    sevenBitByte = false;
                } else {
                    emit(current);
                }
            }
        }
    }

    private void emit(int value) {
        buffer[next--] = (byte) value;
        sevenBitByte = value > 0x8F;
        current = 0;
        currentBits = 0;
    }

    /** Bits of the incomplete last byte. */
    int pendingBits() {
        return currentBits;
    }

    int pendingByte() {
        return current;
    }

    /** Writes the incomplete last byte as it is (its unused bits are 0). */
    void emitPendingByte() {
        emit(current);
    }

    /** Bytes written so far. */
    int length() {
        return buffer.length - 1 - next;
    }

    /** Copies the stream, in memory order, to {@code target} at {@code position}. */
    void copyTo(byte[] target, int position) {
        System.arraycopy(buffer, next + 1, target, position, length());
    }
}
