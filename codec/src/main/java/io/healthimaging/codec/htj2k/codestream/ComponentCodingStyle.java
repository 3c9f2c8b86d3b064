package io.healthimaging.codec.htj2k.codestream;

import io.healthimaging.codec.htj2k.InvalidCodestreamException;
import io.healthimaging.codec.htj2k.UnsupportedCodestreamException;

/**
 * The per-component part of a COD or COC marker segment (SPcod / SPcoc).
 *
 * @param levels number of wavelet decomposition levels NL, 0..32
 * @param blockWidthExponent log2 of the nominal code-block width, 2..10
 * @param blockHeightExponent log2 of the nominal code-block height, 2..10
 * @param blockStyle the code-block style byte (Table A.19 and 15444-15 Table A.3)
 * @param reversible the 5/3 reversible wavelet (otherwise 9/7 irreversible)
 * @param precinctWidthExponents PPx per resolution level 0..NL (15 when precincts are not signalled)
 * @param precinctHeightExponents PPy per resolution level 0..NL
 */
public record ComponentCodingStyle(
        int levels,
        int blockWidthExponent,
        int blockHeightExponent,
        int blockStyle,
        boolean reversible,
        int[] precinctWidthExponents,
        int[] precinctHeightExponents) {

    /** Code-block style bit 6: HT code-blocks (15444-15). */
    public static final int STYLE_HT = 0x40;
    /** Code-block style bit 7 with bit 6: HT and Part 1 code-blocks may be mixed. */
    public static final int STYLE_HT_MIXED = 0x80;
    /** Code-block style bit 3: vertically causal context. */
    public static final int STYLE_VERTICALLY_CAUSAL = 0x08;

    public ComponentCodingStyle {
        precinctWidthExponents = precinctWidthExponents.clone();
        precinctHeightExponents = precinctHeightExponents.clone();
    }

    public int precinctWidthExponent(int resolution) {
        return precinctWidthExponents[resolution];
    }

    public int precinctHeightExponent(int resolution) {
        return precinctHeightExponents[resolution];
    }

    /** The maximal precincts 2^15 x 2^15 at every level, as when Scod bit 0 is clear. */
    public static int[] defaultPrecincts(int levels) {
        int[] exponents = new int[levels + 1];
        java.util.Arrays.fill(exponents, 15);
        return exponents;
    }

    /** Reads SPcod/SPcoc; {@code precincts} is bit 0 of Scod/Scoc. */
    static ComponentCodingStyle read(SegmentReader in, boolean precincts, String where) {
        int levels = in.u8();
        int xcb = in.u8() + 2;
        int ycb = in.u8() + 2;
        int style = in.u8();
        int transform = in.u8();
        if (levels > 32) {
            throw new InvalidCodestreamException(where + " declares " + levels + " decomposition levels; at most 32");
        }
        if (xcb > 10 || ycb > 10 || xcb + ycb > 12) {
            throw new InvalidCodestreamException(where + " declares code-blocks 2^" + xcb + " x 2^" + ycb);
        }
        if (transform > 1) {
            throw new UnsupportedCodestreamException(where + " uses wavelet transform " + transform
                    + " (Part 2 arbitrary kernels); only 9/7 (0) and 5/3 (1) are supported");
        }
        int[] ppx = new int[levels + 1];
        int[] ppy = new int[levels + 1];
        for (int r = 0; r <= levels; r++) {
            if (precincts) {
                int packed = in.u8();
                ppx[r] = packed & 0x0F;
                ppy[r] = packed >>> 4;
                if (r > 0 && (ppx[r] == 0 || ppy[r] == 0)) {
                    throw new InvalidCodestreamException(where + " declares a 2^0 precinct at resolution " + r
                            + "; only resolution 0 may use it");
                }
            } else {
                ppx[r] = 15;
                ppy[r] = 15;
            }
        }
        return new ComponentCodingStyle(levels, xcb, ycb, style, transform == 1, ppx, ppy);
    }
}
