package io.healthimaging.codec.htj2k.block;

/**
 * Encodes code-blocks of quantized wavelet coefficients with the HT block coder of Rec. ITU-T T.814.
 * One instance per thread: it keeps its scratch buffers between blocks.
 */
public final class HtBlockEncoder {

    private final CleanupEncoder cleanup = new CleanupEncoder();
    private final RefinementEncoder refinement = new RefinementEncoder();

    /**
     * Encodes a code-block of quantized coefficients (two's-complement ints, row-major from {@code offset}
     * with {@code stride}; magnitudes below {@code 2^magnitudeBits}, where magnitudeBits is the subband's Mb,
     * at most 30) with one HT cleanup pass: lossless. A block of zeros gives passCount 0 and no bytes.
     *
     * @throws IllegalArgumentException for a block size outside Rec. ITU-T T.800's limits, a raster that
     *     does not fit {@code coefficients}, or a magnitude of {@code 2^magnitudeBits} or more
     */
    public CodedBlock encode(int[] coefficients, int offset, int stride, int width, int height,
                             int magnitudeBits) {
        if (magnitudeUnion(coefficients, offset, stride, width, height, magnitudeBits) == 0) {
            return new CodedBlock(new byte[0], 0, 0, magnitudeBits);
        }
        return cleanupOnly(coefficients, offset, stride, width, height, magnitudeBits);
    }

    /**
     * Like {@link #encode}, but the cleanup pass codes the bit-planes above plane 0 and a SigProp and a
     * MagRef pass code plane 0, giving three passes, so the refinement passes can be produced and tested.
     * SigProp only reaches samples next to significant ones: when a sample of magnitude 1 has none (and
     * when {@code magnitudeBits} is 1), three passes cannot be lossless and the result is the single-pass
     * coding of {@link #encode}; {@link CodedBlock#passCount()} tells which one was made.
     */
    public CodedBlock encodeWithRefinement(int[] coefficients, int offset, int stride, int width, int height,
                                           int magnitudeBits) {
        return encodeWithRefinement(coefficients, offset, stride, width, height, magnitudeBits, false);
    }

    /**
     * {@link #encodeWithRefinement(int[], int, int, int, int, int)} for a tile-component whose COD/COC
     * code-block style sets vertically causal context formation, which changes what SigProp visits.
     */
    public CodedBlock encodeWithRefinement(int[] coefficients, int offset, int stride, int width, int height,
                                           int magnitudeBits, boolean verticallyCausal) {
        int union = magnitudeUnion(coefficients, offset, stride, width, height, magnitudeBits);
        if (union == 0) {
            return new CodedBlock(new byte[0], 0, 0, magnitudeBits);
        }
        if (union >>> 1 != 0) {
            cleanup.encode(coefficients, offset, stride, width, height, 1);
            if (refinement.encode(coefficients, offset, stride, width, height, 1, verticallyCausal)) {
                byte[] bytes = new byte[cleanup.length() + refinement.length()];
                cleanup.writeSegment(bytes, 0);
                refinement.writeSegment(bytes, cleanup.length());
                return new CodedBlock(bytes, cleanup.length(), 3, magnitudeBits - 2);
            }
        }
        return cleanupOnly(coefficients, offset, stride, width, height, magnitudeBits);
    }

    private CodedBlock cleanupOnly(int[] coefficients, int offset, int stride, int width, int height,
                                   int magnitudeBits) {
        cleanup.encode(coefficients, offset, stride, width, height, 0);
        byte[] bytes = new byte[cleanup.length()];
        cleanup.writeSegment(bytes, 0);
        return new CodedBlock(bytes, bytes.length, 1, magnitudeBits - 1);
    }

    /** Checks the arguments and returns the bitwise OR of all magnitudes. */
    private static int magnitudeUnion(int[] coefficients, int offset, int stride, int width, int height,
                                      int magnitudeBits) {
        BlockGeometry.check(width, height, magnitudeBits);
        BlockGeometry.checkRaster("coefficients", coefficients.length, offset, stride, width, height);
        int union = 0;
        for (int y = 0; y < height; y++) {
            int row = offset + y * stride;
            for (int x = 0; x < width; x++) {
                union |= Math.abs(coefficients[row + x]);
            }
        }
        if (union >>> magnitudeBits != 0) {
            throw new IllegalArgumentException("a coefficient's magnitude needs more than magnitudeBits = "
                    + magnitudeBits + " bits");
        }
        return union;
    }
}
