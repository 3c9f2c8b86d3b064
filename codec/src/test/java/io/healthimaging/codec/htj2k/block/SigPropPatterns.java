package io.healthimaging.codec.htj2k.block;

/** Coefficient patterns that make the refinement passes' rules visible. */
final class SigPropPatterns {

    /**
     * 8x8 coefficients with samples on the last row of the first stripe that only the stripe below makes
     * candidates: SigProp visits them without vertically causal context formation and skips them with it,
     * while every magnitude-1 sample also touches a larger one in its own stripe, so both modes code it in
     * three passes.
     */
    static final int[] STRIPE_EDGE = {
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 7, 0, 0, 0, 0, 0, 0,
        0, 0, 1, 0, 0, 0, 0, 0,
        0, 0, 9, 0, 0, 6, 0, 0,
        0, 0, 0, 1, 0, 0, -1, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0};

    private SigPropPatterns() {
    }
}
