package io.healthimaging.codec.htj2k.codestream;

/**
 * One progression of a POC marker segment (A.6.6): packets of layers [0, layerEnd), resolutions
 * [resolutionStart, resolutionEnd) and components [componentStart, componentEnd) in {@code order}.
 */
public record ProgressionChange(
        int resolutionStart,
        int componentStart,
        int layerEnd,
        int resolutionEnd,
        int componentEnd,
        ProgressionOrder order) {

    static ProgressionChange read(SegmentReader in, boolean wideComponents, String where) {
        int rs = in.u8();
        int cs = wideComponents ? in.u16() : in.u8();
        int lye = in.u16();
        int re = in.u8();
        int ce = wideComponents ? in.u16() : in.u8();
        if (!wideComponents && ce == 0) {
            ce = 256;
        }
        ProgressionOrder order = ProgressionOrder.of(in.u8(), where);
        return new ProgressionChange(rs, cs, lye, re, ce, order);
    }
}
