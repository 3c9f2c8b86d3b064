package io.healthimaging.codec.htj2k.codestream;

import io.healthimaging.codec.htj2k.block.CodedBlock;
import java.io.ByteArrayOutputStream;

/**
 * Writes the packets of one precinct (B.9, B.10 with 15444-15 B.3), each code-block's passes going
 * to the layers a {@link LayerAssignment} names.
 */
public final class PacketWriter {
    private final PrecinctBand[] bands;
    private final CodedBlock[][] blocks;
    private final int layers;
    private final LayerAssignment assignment;
    private final TagTree[] inclusion;
    private final TagTree[] zeroBitplanes;
    private final int[][] lengthBits;

    /** {@code blocks[b][i]} is code-block i (raster order) of subband b of the precinct. */
    public PacketWriter(PrecinctBand[] bands, CodedBlock[][] blocks, int layers, LayerAssignment assignment) {
        this.bands = bands;
        this.blocks = blocks;
        this.layers = layers;
        this.assignment = assignment;
        this.inclusion = new TagTree[bands.length];
        this.zeroBitplanes = new TagTree[bands.length];
        this.lengthBits = new int[bands.length][];
        for (int b = 0; b < bands.length; b++) {
            int count = bands[b].blockCount();
            lengthBits[b] = new int[count];
            java.util.Arrays.fill(lengthBits[b], 3);
            if (count == 0) {
                continue;
            }
            int[] firstLayer = new int[count];
            int[] missing = new int[count];
            for (int i = 0; i < count; i++) {
                firstLayer[i] = blocks[b][i].passCount() == 0 ? layers : assignment.cleanupLayer(b, i);
                missing[i] = blocks[b][i].missingMsbs();
            }
            inclusion[b] = new TagTree(bands[b].blocksWide(), bands[b].blocksHigh());
            inclusion[b].setLeafValues(firstLayer);
            zeroBitplanes[b] = new TagTree(bands[b].blocksWide(), bands[b].blocksHigh());
            zeroBitplanes[b].setLeafValues(missing);
        }
    }

    /** The packet of {@code layer}: its header, then the bytes of each contributing code-block. */
    public byte[] packet(int layer) {
        PacketHeaderWriter header = new PacketHeaderWriter();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (!anyContribution(layer)) {
            header.bit(0);
            return header.finish();
        }
        header.bit(1);
        for (int b = 0; b < bands.length; b++) {
            for (int i = 0; i < bands[b].blockCount(); i++) {
                CodedBlock block = blocks[b][i];
                int passes = passesIn(b, i, layer);
                if (block.passCount() == 0 || layer <= assignment.cleanupLayer(b, i)) {
                    inclusion[b].encode(i, layer + 1, header);
                    if (passes == 0) {
                        continue;
                    }
                    zeroBitplanes[b].encode(i, block.missingMsbs() + 1, header);
                } else {
                    header.bit(passes > 0 ? 1 : 0);
                    if (passes == 0) {
                        continue;
                    }
                }
                writePassCount(header, passes);
                writeLengths(header, b, i, block, layer == assignment.cleanupLayer(b, i), passes, body);
            }
        }
        byte[] head = header.finish();
        byte[] packet = new byte[head.length + body.size()];
        System.arraycopy(head, 0, packet, 0, head.length);
        System.arraycopy(body.toByteArray(), 0, packet, head.length, body.size());
        return packet;
    }

    private boolean anyContribution(int layer) {
        for (int b = 0; b < blocks.length; b++) {
            for (int i = 0; i < blocks[b].length; i++) {
                if (passesIn(b, i, layer) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Coding passes code-block {@code i} of subband {@code b} sends in {@code layer}. */
    private int passesIn(int b, int i, int layer) {
        int passes = blocks[b][i].passCount();
        int cleanupLayer = assignment.cleanupLayer(b, i);
        int refinementLayer = assignment.refinementLayer(b, i);
        if (passes == 0) {
            return 0;
        }
        if (cleanupLayer == refinementLayer) {
            return layer == cleanupLayer ? passes : 0;
        }
        return layer == cleanupLayer ? 1 : layer == refinementLayer ? passes - 1 : 0;
    }

    /** Table B.4 codewords for 1, 2 or 3 passes. */
    private static void writePassCount(PacketHeaderWriter header, int passes) {
        switch (passes) {
            case 1 -> header.bit(0);
            case 2 -> header.bits(0b10, 2);
            case 3 -> header.bits(0b1100, 4);
            default -> throw new IllegalStateException(passes + " passes in one packet");
        }
    }

    /**
     * The cleanup segment length takes Lblock bits and the SigProp+MagRef segment Lblock + 1 (two
     * passes); Lblock first grows, in unary, until both fit.
     */
    private void writeLengths(PacketHeaderWriter header, int b, int i, CodedBlock block, boolean cleanup,
            int passes, ByteArrayOutputStream body) {
        boolean refinement = passes == 3 || !cleanup;
        int cleanupLength = block.cleanupLength();
        int refinementLength = block.refinementLength();
        int needed = 0;
        if (cleanup) {
            needed = bitLength(cleanupLength);
        }
        if (refinement) {
            needed = Math.max(needed, bitLength(refinementLength) - 1);
        }
        int increment = Math.max(0, needed - lengthBits[b][i]);
        for (int k = 0; k < increment; k++) {
            header.bit(1);
        }
        header.bit(0);
        lengthBits[b][i] += increment;
        if (cleanup) {
            header.bits(cleanupLength, lengthBits[b][i]);
            body.write(block.bytes(), 0, cleanupLength);
        }
        if (refinement) {
            header.bits(refinementLength, lengthBits[b][i] + 1);
            body.write(block.bytes(), cleanupLength, refinementLength);
        }
    }

    private static int bitLength(int value) {
        return 32 - Integer.numberOfLeadingZeros(value);
    }
}
