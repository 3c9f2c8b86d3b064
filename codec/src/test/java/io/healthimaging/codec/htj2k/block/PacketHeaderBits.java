package io.healthimaging.codec.htj2k.block;

import java.io.ByteArrayOutputStream;

/**
 * Bits of a JPEG 2000 packet header (Rec. ITU-T T.800 B.10): most significant bit first, and a byte after
 * 0xFF carries only seven bits. Writes or reads, for the single-block test codestreams.
 */
final class PacketHeaderBits {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final byte[] source;
    private int position;
    private int current;
    private int bitsLeft;
    private boolean afterFF;

    private PacketHeaderBits(byte[] source, int position) {
        this.source = source;
        this.position = position;
        this.bitsLeft = source == null ? 8 : 0;
    }

    static PacketHeaderBits writer() {
        return new PacketHeaderBits(null, 0);
    }

    static PacketHeaderBits reader(byte[] source, int position) {
        return new PacketHeaderBits(source, position);
    }

    void write(int value, int count) {
        for (int bit = count - 1; bit >= 0; bit--) {
            current = current << 1 | value >>> bit & 1;
            if (--bitsLeft == 0) {
                written.write(current);
                afterFF = current == 0xFF;
                bitsLeft = afterFF ? 7 : 8;
                current = 0;
            }
        }
    }

    /** Pads the last byte with zeros; a final 0xFF gets the 0x00 its stuffing rule calls for. */
    byte[] finish() {
        if (bitsLeft < (afterFF ? 7 : 8)) {
            write(0, bitsLeft);
        }
        if (afterFF) {
            written.write(0);
        }
        return written.toByteArray();
    }

    int read(int count) {
        int value = 0;
        for (int i = 0; i < count; i++) {
            if (bitsLeft == 0) {
                current = source[position++] & 0xFF;
                bitsLeft = afterFF ? 7 : 8;
                afterFF = current == 0xFF;
            }
            value = value << 1 | current >>> --bitsLeft & 1;
        }
        return value;
    }

    /** Position of the first byte after the header, once every header bit has been read. */
    int end() {
        return afterFF && bitsLeft == 0 ? position + 1 : position;
    }
}
