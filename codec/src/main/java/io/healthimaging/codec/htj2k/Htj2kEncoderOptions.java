package io.healthimaging.codec.htj2k;

/**
 * How {@link Htj2kEncoder} codes a frame. The defaults make the codestreams of DICOM transfer syntax
 * 1.2.840.10008.1.2.4.202 (HTJ2K with RPCL options, lossless).
 *
 * @param decompositionLevels wavelet levels, or {@link #AUTOMATIC_LEVELS} for the fewest that bring
 *     the lowest resolution to at most 64 x 64 samples
 * @param refinementPasses code each block with a cleanup pass one bit-plane short and SigProp and
 *     MagRef passes that complete it (still lossless); otherwise one cleanup pass per block
 */
public record Htj2kEncoderOptions(int decompositionLevels, boolean refinementPasses) {
    public static final int AUTOMATIC_LEVELS = -1;

    public Htj2kEncoderOptions {
        if (decompositionLevels < AUTOMATIC_LEVELS || decompositionLevels > 32) {
            throw new IllegalArgumentException("decompositionLevels must be 0..32 or AUTOMATIC_LEVELS: "
                    + decompositionLevels);
        }
    }

    /** One cleanup pass per code-block, automatic levels. */
    public static Htj2kEncoderOptions defaults() {
        return new Htj2kEncoderOptions(AUTOMATIC_LEVELS, false);
    }

    public Htj2kEncoderOptions withDecompositionLevels(int levels) {
        return new Htj2kEncoderOptions(levels, refinementPasses);
    }

    public Htj2kEncoderOptions withRefinementPasses() {
        return new Htj2kEncoderOptions(decompositionLevels, true);
    }
}
