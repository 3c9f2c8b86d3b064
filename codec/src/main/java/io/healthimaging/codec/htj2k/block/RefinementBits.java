package io.healthimaging.codec.htj2k.block;

/**
 * The bits the refinement passes exchange for one sample, seen from either side: the encoder writes the
 * sample's bits and returns them, the decoder reads them and applies them to its coefficients.
 */
interface RefinementBits {

    /** SigProp: does the insignificant sample (x, y), which has a significant neighbour, become significant? */
    int significance(int x, int y);

    /** SigProp: the sign of a sample that just became significant. */
    void sign(int x, int y);

    /** MagRef: the next magnitude bit of a sample that the cleanup pass made significant. */
    void magnitude(int x, int y);
}
