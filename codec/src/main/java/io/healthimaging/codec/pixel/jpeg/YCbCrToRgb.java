package io.healthimaging.codec.pixel.jpeg;

/**
 * JFIF YCbCr to RGB (the relation DICOM's YBR_FULL also uses), computed with IJG libjpeg's 16-bit fixed-point
 * tables so that the result equals libjpeg's sample for sample, for 8- and 12-bit precision.
 */
final class YCbCrToRgb {
    private static final int SCALE_BITS = 16;
    private static final int ONE_HALF = 1 << (SCALE_BITS - 1);

    private static final YCbCrToRgb EIGHT_BIT = new YCbCrToRgb(8);
    private static final YCbCrToRgb TWELVE_BIT = new YCbCrToRgb(12);

    private final int maxSample;
    private final int[] crToR;
    private final int[] cbToB;
    private final int[] crToG;
    private final int[] cbToG;

    /** The converter for 8- or 12-bit samples. */
    static YCbCrToRgb forPrecision(int precision) {
        return precision == 8 ? EIGHT_BIT : TWELVE_BIT;
    }

    private YCbCrToRgb(int precision) {
        int size = 1 << precision;
        int center = size / 2;
        maxSample = size - 1;
        crToR = new int[size];
        cbToB = new int[size];
        crToG = new int[size];
        cbToG = new int[size];
        for (int i = 0; i < size; i++) {
            long x = i - center;
            crToR[i] = (int) ((fix(1.40200) * x + ONE_HALF) >> SCALE_BITS);
            cbToB[i] = (int) ((fix(1.77200) * x + ONE_HALF) >> SCALE_BITS);
            crToG[i] = (int) (-fix(0.71414) * x);
            cbToG[i] = (int) (-fix(0.34414) * x + ONE_HALF);
        }
    }

    private static long fix(double x) {
        return (long) (x * (1L << SCALE_BITS) + 0.5);
    }

    /** Converts the three planes in place: Y, Cb, Cr become R, G, B. */
    void convert(int[] y, int[] cb, int[] cr) {
        for (int i = 0; i < y.length; i++) {
            int luma = y[i];
            int blue = cb[i];
            int red = cr[i];
            y[i] = limit(luma + crToR[red]);
            cb[i] = limit(luma + ((cbToG[blue] + crToG[red]) >> SCALE_BITS));
            cr[i] = limit(luma + cbToB[blue]);
        }
    }

    private int limit(int sample) {
        return sample < 0 ? 0 : Math.min(sample, maxSample);
    }
}
