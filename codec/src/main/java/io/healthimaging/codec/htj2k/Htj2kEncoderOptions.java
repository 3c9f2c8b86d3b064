package io.healthimaging.codec.htj2k;

/**
 * How {@link Htj2kEncoder} codes a frame. The defaults make the codestreams of DICOM transfer syntax
 * 1.2.840.10008.1.2.4.202 (HTJ2K with RPCL options, lossless).
 *
 * @param decompositionLevels wavelet levels, or {@link #AUTOMATIC_LEVELS} for the fewest that bring
 *     the lowest resolution to at most 64 x 64 samples
 * @param refinementPasses code each block with a cleanup pass one bit-plane short and SigProp and
 *     MagRef passes that complete it (still lossless); otherwise one cleanup pass per block
 * @param qualityLayers 1, or 2 to send the refinement passes in a second quality layer (requires
 *     refinement passes)
 */
public record Htj2kEncoderOptions(int decompositionLevels, boolean refinementPasses, int qualityLayers) {
    public static final int AUTOMATIC_LEVELS = -1;

    public Htj2kEncoderOptions {
        if (decompositionLevels < AUTOMATIC_LEVELS || decompositionLevels > 32) {
            throw new IllegalArgumentException("decompositionLevels must be 0..32 or AUTOMATIC_LEVELS: "
                    + decompositionLevels);
        }
        if (qualityLayers < 1 || qualityLayers > 2) {
            throw new IllegalArgumentException("qualityLayers must be 1 or 2: " + qualityLayers);
        }
        if (qualityLayers == 2 && !refinementPasses) {
            throw new IllegalArgumentException("a second quality layer carries refinement passes; enable them");
        }
    }

    /** One cleanup pass per code-block, one layer, automatic levels. */
    public static Htj2kEncoderOptions defaults() {
        return new Htj2kEncoderOptions(AUTOMATIC_LEVELS, false, 1);
    }

    public Htj2kEncoderOptions withDecompositionLevels(int levels) {
        return new Htj2kEncoderOptions(levels, refinementPasses, qualityLayers);
    }

    public Htj2kEncoderOptions withRefinementPasses(int layers) {
        return new Htj2kEncoderOptions(decompositionLevels, true, layers);
    }
}
