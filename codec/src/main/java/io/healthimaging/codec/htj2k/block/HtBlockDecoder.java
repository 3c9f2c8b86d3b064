package io.healthimaging.codec.htj2k.block;

import java.util.Arrays;

/**
 * Decodes code-blocks coded with the HT block coder of Rec. ITU-T T.814: the cleanup pass and, when
 * present, the SigProp and MagRef refinement passes. One instance per thread: it keeps its scratch
 * buffers between blocks.
 */
public final class HtBlockDecoder {

    private final CleanupDecoder cleanup = new CleanupDecoder();
    private final RefinementDecoder refinement = new RefinementDecoder();

    /**
     * Decodes cleanup (+ SigProp, + MagRef when passCount allows) into {@code out} (two's complement, same
     * scaling as the encoder's input: bit 0 is bit-plane 0 of the Mb-plane magnitude). {@code missingMsbs}
     * is the number of missing MSBs signalled for this HT set (the tier-2 layer resolves placeholder passes
     * before calling). Returns the number of least-significant bit-planes left undecoded (0 for a complete
     * lossless block) so the caller can reconstruct lossy coefficients at the mid-point. With two passes
     * (SigProp but no MagRef) that is the refined plane's index: samples SigProp made significant know their
     * bit there, samples the cleanup made significant read it as 0. With none, every coefficient is 0 and
     * the result is {@code magnitudeBits}. Never reads outside
     * {@code [offset, offset + cleanupLength + refinementLength)}.
     *
     * @throws HtCodingException when the coded data is corrupt, truncated, or inconsistent with
     *     {@code missingMsbs} or {@code passCount} (more than 3)
     * @throws IllegalArgumentException when the arguments do not describe a block and buffers that fit
     */
    public int decode(byte[] data, int offset, int cleanupLength, int refinementLength, int passCount,
                      int missingMsbs, int magnitudeBits, int width, int height,
                      int[] out, int outOffset, int outStride) {
        return decode(data, offset, cleanupLength, refinementLength, passCount, missingMsbs, magnitudeBits,
                width, height, out, outOffset, outStride, false);
    }

    /**
     * {@link #decode(byte[], int, int, int, int, int, int, int, int, int[], int, int)} for a tile-component
     * whose COD/COC code-block style sets vertically causal context formation (bit 3): SigProp then ignores
     * the significance of the stripe below.
     */
    public int decode(byte[] data, int offset, int cleanupLength, int refinementLength, int passCount,
                      int missingMsbs, int magnitudeBits, int width, int height,
                      int[] out, int outOffset, int outStride, boolean verticallyCausal) {
        BlockGeometry.check(width, height, magnitudeBits);
        BlockGeometry.checkRaster("out", out.length, outOffset, outStride, width, height);
        if (offset < 0 || cleanupLength < 0 || refinementLength < 0 || passCount < 0
                || (long) offset + cleanupLength + refinementLength > data.length) {
            throw new IllegalArgumentException("segments of " + cleanupLength + " and " + refinementLength
                    + " bytes at offset " + offset + " with " + passCount + " passes do not fit "
                    + data.length + " bytes of data");
        }
        if (passCount == 0) {
            for (int y = 0; y < height; y++) {
                Arrays.fill(out, outOffset + y * outStride, outOffset + y * outStride + width, 0);
            }
            return magnitudeBits;
        }
        if (passCount > 3) {
            throw new HtCodingException(passCount + " coding passes in one HT set; at most 3 (cleanup, SigProp, "
                    + "MagRef) exist");
        }
        if (missingMsbs < 0 || missingMsbs >= magnitudeBits) {
            throw new HtCodingException(missingMsbs + " missing MSBs signalled for a block of " + magnitudeBits
                    + " magnitude bit-planes; 0.." + (magnitudeBits - 1) + " are possible");
        }
        int plane = magnitudeBits - 1 - missingMsbs;
        if (passCount > 1 && plane == 0) {
            throw new HtCodingException("refinement passes signalled below bit-plane 0 (" + missingMsbs
                    + " missing MSBs of " + magnitudeBits + ")");
        }
        cleanup.decode(data, offset, cleanupLength, missingMsbs + 1, plane, width, height, out, outOffset,
                outStride);
        if (passCount == 1) {
            return plane;
        }
        refinement.decode(data, offset + cleanupLength, refinementLength, passCount == 3, plane, width, height,
                out, outOffset, outStride, verticallyCausal);
        return plane - 1;
    }
}
