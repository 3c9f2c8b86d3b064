package io.healthimaging.codec.pixel.jpegls;

import io.healthimaging.codec.pixel.PixelDataException;

/**
 * The parameters one JPEG-LS scan is coded with (T.87 C.2.4.1.1): the sample range MAXVAL, the gradient
 * thresholds T1..T3, the context RESET interval and the NEAR error bound, with the quantities derived from them
 * (A.2.1). A preset value of 0 in an LSE segment means the default.
 */
final class CodingParameters {
    private static final int BASIC_T1 = 3;
    private static final int BASIC_T2 = 7;
    private static final int BASIC_T3 = 21;
    static final int DEFAULT_RESET = 64;

    final int maxValue;
    final int t1;
    final int t2;
    final int t3;
    final int reset;
    final int near;
    final int range;
    final int qbpp;
    final int limit;

    private CodingParameters(int maxValue, int t1, int t2, int t3, int reset, int near) {
        this.maxValue = maxValue;
        this.t1 = t1;
        this.t2 = t2;
        this.t3 = t3;
        this.reset = reset;
        this.near = near;
        this.range = (maxValue + 2 * near) / (2 * near + 1) + 1;
        this.qbpp = bitsFor(range);
        int bpp = Math.max(2, bitsFor(maxValue + 1));
        this.limit = 2 * (bpp + Math.max(8, bpp));
    }

    /**
     * Combines the preset values of an LSE segment (0 where absent) with the defaults for {@code precision} and
     * the scan's {@code near}.
     */
    static CodingParameters of(int precision, int presetMaxValue, int presetT1, int presetT2, int presetT3,
            int presetReset, int near) throws PixelDataException {
        int maxValue = presetMaxValue != 0 ? presetMaxValue : (1 << precision) - 1;
        if (near < 0 || near > Math.min(255, maxValue / 2)) {
            throw new PixelDataException("JPEG-LS NEAR " + near + " is outside 0.." + Math.min(255, maxValue / 2));
        }
        int t1;
        int t2;
        int t3;
        if (maxValue >= 128) {
            int factor = (Math.min(maxValue, 4095) + 128) / 256;
            t1 = clamp(factor * (BASIC_T1 - 2) + 2 + 3 * near, near + 1, maxValue);
            t2 = clamp(factor * (BASIC_T2 - 3) + 3 + 5 * near, t1, maxValue);
            t3 = clamp(factor * (BASIC_T3 - 4) + 4 + 7 * near, t2, maxValue);
        } else {
            int factor = 256 / (maxValue + 1);
            t1 = clamp(Math.max(2, BASIC_T1 / factor + 3 * near), near + 1, maxValue);
            t2 = clamp(Math.max(3, BASIC_T2 / factor + 5 * near), t1, maxValue);
            t3 = clamp(Math.max(4, BASIC_T3 / factor + 7 * near), t2, maxValue);
        }
        t1 = presetT1 != 0 ? presetT1 : t1;
        t2 = presetT2 != 0 ? presetT2 : t2;
        t3 = presetT3 != 0 ? presetT3 : t3;
        int reset = presetReset != 0 ? presetReset : DEFAULT_RESET;
        if (maxValue < 1 || maxValue >= 1 << precision || t1 < near + 1 || t2 < t1 || t3 < t2 || t3 > maxValue
                || reset < 3) {
            throw new PixelDataException("JPEG-LS coding parameters MAXVAL " + maxValue + ", T1 " + t1 + ", T2 "
                    + t2 + ", T3 " + t3 + ", RESET " + reset + " are inconsistent for " + precision + "-bit samples");
        }
        return new CodingParameters(maxValue, t1, t2, t3, reset, near);
    }

    private static int clamp(int value, int low, int maxValue) {
        return value > maxValue || value < low ? low : value;
    }

    /** ceil(log2(n)). */
    private static int bitsFor(int n) {
        return 32 - Integer.numberOfLeadingZeros(n - 1);
    }
}
