package io.healthimaging.codec.htj2k.block;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * A minimal HTJ2K codestream around one code-block, for checking the block coder against independent
 * decoders and encoders: one grey component, one tile, no wavelet decomposition (the code-block covers
 * the image, whose coefficients are the samples minus {@code 2^(bitDepth-1)}), reversible, one layer,
 * one precinct, one packet. Writes such codestreams and reads those OpenJPH makes with
 * {@code -num_decomps 0} and a block size covering the image.
 */
final class SingleBlockCodestream {

    static final int CODE_BLOCK_STYLE_HT = 0x40;
    static final int CODE_BLOCK_STYLE_VERTICALLY_CAUSAL = 0x08;

    /** What a codestream says about its one code-block. */
    record Contents(int width, int height, int bitDepth, int magnitudeBits, int missingMsbs, int passCount,
                    int cleanupLength, byte[] body, boolean verticallyCausal) {
    }

    private SingleBlockCodestream() {
    }

    /**
     * A codestream for an unsigned {@code bitDepth}-bit image whose block was coded with
     * {@code magnitudeBits} = guard bits (1) + exponent - 1.
     */
    static byte[] write(int width, int height, int bitDepth, int magnitudeBits, CodedBlock block,
                        boolean verticallyCausal) {
        ByteBuffer header = ByteBuffer.allocate(256);
        header.putShort((short) 0xFF4F);
        header.putShort((short) 0xFF51).putShort((short) 41).putShort((short) 0x4000)
                .putInt(width).putInt(height).putInt(0).putInt(0)
                .putInt(width).putInt(height).putInt(0).putInt(0)
                .putShort((short) 1).put((byte) (bitDepth - 1)).put((byte) 1).put((byte) 1);
        // CAP: Part 15 capabilities; Ccap15 holds only the MAGB bound, as OpenJPH writes it.
        header.putShort((short) 0xFF50).putShort((short) 8).putInt(0x00020000)
                .putShort((short) magnitudeBound(magnitudeBits));
        int style = CODE_BLOCK_STYLE_HT | (verticallyCausal ? CODE_BLOCK_STYLE_VERTICALLY_CAUSAL : 0);
        header.putShort((short) 0xFF52).putShort((short) 12).put((byte) 0)
                .put((byte) 0).putShort((short) 1).put((byte) 0)
                .put((byte) 0).put((byte) (log2Ceiling(width) - 2)).put((byte) (log2Ceiling(height) - 2))
                .put((byte) style).put((byte) 1);
        int exponent = magnitudeBits;
        header.putShort((short) 0xFF5C).putShort((short) 4).put((byte) (1 << 5)).put((byte) (exponent << 3));

        byte[] packetHeader = packetHeader(block);
        int tilePartLength = 12 + 2 + packetHeader.length + block.bytes().length;
        header.putShort((short) 0xFF90).putShort((short) 10).putShort((short) 0).putInt(tilePartLength)
                .put((byte) 0).put((byte) 1);
        header.putShort((short) 0xFF93);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array(), 0, header.position());
        out.writeBytes(packetHeader);
        out.writeBytes(block.bytes());
        out.write(0xFF);
        out.write(0xD9);
        return out.toByteArray();
    }

    private static byte[] packetHeader(CodedBlock block) {
        PacketHeaderBits bits = PacketHeaderBits.writer();
        if (block.passCount() == 0) {
            bits.write(0, 1);
            return bits.finish();
        }
        bits.write(1, 1);
        bits.write(1, 1); // inclusion tag tree: included in layer 0
        bits.write(0, block.missingMsbs()); // zero bit-plane tag tree: missingMsbs zeros, then a 1
        bits.write(1, 1);
        switch (block.passCount()) {
            case 1 -> bits.write(0b0, 1);
            case 2 -> bits.write(0b10, 2);
            case 3 -> bits.write(0b1100, 4);
            default -> throw new IllegalArgumentException("passCount " + block.passCount());
        }
        // The cleanup pass is one codeword segment, SigProp and MagRef the other; each length takes
        // Lblock + floor(log2(passes in the segment)) bits.
        int refinementPasses = block.passCount() - 1;
        int refinementExtra = refinementPasses == 2 ? 1 : 0;
        int lblock = Math.max(3, bitLength(block.cleanupLength()));
        if (refinementPasses > 0) {
            lblock = Math.max(lblock, bitLength(block.refinementLength()) - refinementExtra);
        }
        for (int i = 3; i < lblock; i++) {
            bits.write(1, 1);
        }
        bits.write(0, 1);
        bits.write(block.cleanupLength(), lblock);
        if (refinementPasses > 0) {
            bits.write(block.refinementLength(), lblock + refinementExtra);
        }
        return bits.finish();
    }

    /** Reads a codestream with one tile, one component, no decomposition and one code-block. */
    static Contents read(byte[] codestream) {
        ByteBuffer in = ByteBuffer.wrap(codestream);
        expectMarker(in, 0xFF4F);
        int width = 0;
        int height = 0;
        int bitDepth = 0;
        int magnitudeBits = 0;
        int style = 0;
        while (true) {
            int marker = in.getShort() & 0xFFFF;
            if (marker == 0xFF90) {
                in.position(in.position() + 10);
                expectMarker(in, 0xFF93);
                break;
            }
            int length = in.getShort() & 0xFFFF;
            int next = in.position() + length - 2;
            switch (marker) {
                case 0xFF51 -> {
                    in.getShort();
                    int right = in.getInt();
                    int bottom = in.getInt();
                    width = right - in.getInt();
                    height = bottom - in.getInt();
                    in.position(in.position() + 16);
                    if (in.getShort() != 1) {
                        throw new IllegalArgumentException("expected one component");
                    }
                    bitDepth = (in.get() & 0x7F) + 1;
                }
                case 0xFF52 -> {
                    in.position(in.position() + 5);
                    if (in.get() != 0) {
                        throw new IllegalArgumentException("expected no decomposition");
                    }
                    in.get();
                    in.get();
                    style = in.get() & 0xFF;
                }
                case 0xFF5C -> {
                    int guardBits = (in.get() & 0xFF) >>> 5;
                    int exponent = (in.get() & 0xFF) >>> 3;
                    magnitudeBits = guardBits + exponent - 1;
                }
                default -> {
                }
            }
            in.position(next);
        }
        PacketHeaderBits bits = PacketHeaderBits.reader(codestream, in.position());
        if (bits.read(1) == 0) {
            return new Contents(width, height, bitDepth, magnitudeBits, magnitudeBits, 0, 0, new byte[0],
                    (style & CODE_BLOCK_STYLE_VERTICALLY_CAUSAL) != 0);
        }
        if (bits.read(1) != 1) {
            throw new IllegalArgumentException("code-block not included in layer 0");
        }
        int missingMsbs = 0;
        while (bits.read(1) == 0) {
            missingMsbs++;
        }
        int passCount = readPassCount(bits);
        int lblock = 3;
        while (bits.read(1) == 1) {
            lblock++;
        }
        int cleanupLength = bits.read(lblock);
        int refinementLength = passCount > 1 ? bits.read(lblock + (passCount == 3 ? 1 : 0)) : 0;
        int bodyStart = bits.end();
        byte[] body = new byte[cleanupLength + refinementLength];
        System.arraycopy(codestream, bodyStart, body, 0, body.length);
        return new Contents(width, height, bitDepth, magnitudeBits, missingMsbs, passCount, cleanupLength, body,
                (style & CODE_BLOCK_STYLE_VERTICALLY_CAUSAL) != 0);
    }

    private static int readPassCount(PacketHeaderBits bits) {
        if (bits.read(1) == 0) {
            return 1;
        }
        if (bits.read(1) == 0) {
            return 2;
        }
        int two = bits.read(2);
        if (two < 3) {
            return 3 + two;
        }
        throw new IllegalArgumentException("more than 5 passes in a single-layer test codestream");
    }

    private static void expectMarker(ByteBuffer in, int marker) {
        int found = in.getShort() & 0xFFFF;
        if (found != marker) {
            throw new IllegalArgumentException("expected marker " + Integer.toHexString(marker) + ", found "
                    + Integer.toHexString(found));
        }
    }

    /** Ccap15 bits 0-4 (MAGB): 0 up to 8 magnitude bits, then the bound minus 8 (up to 27 bits). */
    private static int magnitudeBound(int magnitudeBits) {
        if (magnitudeBits > 27) {
            throw new IllegalArgumentException("test codestreams stop at 27 magnitude bits");
        }
        return Math.max(0, magnitudeBits - 8);
    }

    private static int bitLength(int value) {
        return 32 - Integer.numberOfLeadingZeros(value);
    }

    private static int log2Ceiling(int size) {
        return Math.max(2, 32 - Integer.numberOfLeadingZeros(size - 1));
    }
}
