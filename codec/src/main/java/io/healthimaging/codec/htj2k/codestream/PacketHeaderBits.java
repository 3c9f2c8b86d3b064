package io.healthimaging.codec.htj2k.codestream;

import io.healthimaging.codec.htj2k.InvalidCodestreamException;

/**
 * Reads packet header bits, most significant first, undoing the bit stuffing of B.10.1: a byte that
 * follows 0xFF carries only 7 bits.
 */
final class PacketHeaderBits {
    private final byte[] data;
    private final int end;
    private int position;
    private int current;
    private int bitsLeft;
    private boolean afterFF;

    PacketHeaderBits(byte[] data, int position, int end) {
        this.data = data;
        this.position = position;
        this.end = end;
    }

    int position() {
        return position;
    }

    int bit() {
        if (bitsLeft == 0) {
            if (position >= end) {
                throw new InvalidCodestreamException("a packet header runs past the end of its data at offset "
                        + position);
            }
            current = data[position++] & 0xFF;
            bitsLeft = afterFF ? 7 : 8;
            afterFF = current == 0xFF;
        }
        bitsLeft--;
        return (current >>> bitsLeft) & 1;
    }

    int bits(int count) {
        if (count > 31) {
            throw new InvalidCodestreamException("a packet header field of " + count + " bits exceeds 31 bits");
        }
        int value = 0;
        for (int i = 0; i < count; i++) {
            value = (value << 1) | bit();
        }
        return value;
    }

    /** Counts 1 bits up to the first 0 bit (the Lblock increment of B.10.7.1). */
    int ones(int limit) {
        int count = 0;
        while (bit() == 1) {
            if (++count > limit) {
                throw new InvalidCodestreamException("a packet header Lblock increment exceeds " + limit);
            }
        }
        return count;
    }

    /** Skips the padding bits to the byte boundary, and the byte stuffed after a final 0xFF. */
    void alignToByte() {
        bitsLeft = 0;
        if (afterFF) {
            position++;
            afterFF = false;
        }
        if (position > end) {
            throw new InvalidCodestreamException("a packet header ends past its data at offset " + end);
        }
    }

    /** Skips a two-byte marker (EPH) at the current byte position when present. */
    void skipMarkerIfPresent(int marker) {
        if (position + 1 < end && (data[position] & 0xFF) == marker >>> 8 && (data[position + 1] & 0xFF) == (marker & 0xFF)) {
            position += 2;
        }
    }
}
