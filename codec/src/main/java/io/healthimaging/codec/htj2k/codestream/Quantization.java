package io.healthimaging.codec.htj2k.codestream;

import io.healthimaging.codec.htj2k.InvalidCodestreamException;

/**
 * A QCD or QCC marker segment: guard bits and, per subband, the exponent and mantissa of the quantizer
 * step size (A.6.4). Subbands are indexed as in SPqcd: 0 is the lowest LL, then HL, LH, HH of each level
 * from the coarsest to the finest.
 */
public record Quantization(Style style, int guardBits, int[] exponents, int[] mantissas) {

    public enum Style { NONE, SCALAR_DERIVED, SCALAR_EXPOUNDED }

    public Quantization {
        exponents = exponents.clone();
        mantissas = mantissas.clone();
    }

    /** Index of a subband in SPqcd: {@code orientation} 0 = LL (resolution 0 only), 1 = HL, 2 = LH, 3 = HH. */
    public static int subbandIndex(int resolution, int orientation) {
        return resolution == 0 ? 0 : 3 * (resolution - 1) + orientation;
    }

    /** epsilon_b of the subband at {@code resolution} in a component with {@code levels} levels. */
    public int exponent(int levels, int resolution, int orientation) {
        if (style == Style.SCALAR_DERIVED) {
            // E-5: only the LL exponent is signalled; each level halves the step size.
            int decompositionLevel = resolution == 0 ? levels : levels - resolution + 1;
            return exponents[0] - levels + decompositionLevel;
        }
        return exponents[subbandIndex(resolution, orientation)];
    }

    public int mantissa(int resolution, int orientation) {
        return style == Style.SCALAR_DERIVED ? mantissas[0] : mantissas[subbandIndex(resolution, orientation)];
    }

    /** Whether this segment signals enough subbands for {@code levels} decomposition levels. */
    public boolean covers(int levels) {
        return style == Style.SCALAR_DERIVED || exponents.length >= 3 * levels + 1;
    }

    static Quantization read(SegmentReader in, String where) {
        int sq = in.u8();
        int guardBits = sq >>> 5;
        Style style = switch (sq & 0x1F) {
            case 0 -> Style.NONE;
            case 1 -> Style.SCALAR_DERIVED;
            case 2 -> Style.SCALAR_EXPOUNDED;
            default -> throw new InvalidCodestreamException(where + " declares quantization style " + (sq & 0x1F));
        };
        int count = switch (style) {
            case NONE -> in.remaining();
            case SCALAR_DERIVED -> 1;
            case SCALAR_EXPOUNDED -> in.remaining() / 2;
        };
        if (count < 1 || count > 3 * 32 + 1) {
            throw new InvalidCodestreamException(where + " signals " + count + " subbands");
        }
        int[] exponents = new int[count];
        int[] mantissas = new int[count];
        for (int i = 0; i < count; i++) {
            if (style == Style.NONE) {
                exponents[i] = in.u8() >>> 3;
            } else {
                int value = in.u16();
                exponents[i] = value >>> 11;
                mantissas[i] = value & 0x7FF;
            }
        }
        if (in.remaining() != 0) {
            throw new InvalidCodestreamException(where + " length does not match its quantization style");
        }
        return new Quantization(style, guardBits, exponents, mantissas);
    }
}
