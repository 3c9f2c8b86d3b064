package io.healthimaging.codec.htj2k.wavelet;

/**
 * Synthesis with the irreversible 9/7 wavelet of ISO/IEC 15444-1 Annex F (F.3.8.2) by lifting, in
 * single-precision floats, one level at a time; the subband layout is as for {@link Reversible53}.
 *
 * <p>The arithmetic follows OpenJPEG's decoder operation for operation, because clients decode stored
 * frames with OpenJPEG and lossy codestreams should decode to the same samples here: the standard's
 * constants rounded to float, each lifting step computed as {@code x + (left + right) * c}, and the
 * high-pass scaling 2/K folded with a step size that leaves out the subband gain
 * ({@link #HIGH_PASS_SCALE}, see {@code Dequantizer}). Mathematically this is the standard's
 * synthesis; only float rounding is shared with OpenJPEG.
 */
public final class Irreversible97 {
    private static final float ALPHA = -1.586134342f;
    private static final float BETA = -0.052980118f;
    private static final float GAMMA = 0.882911075f;
    private static final float DELTA = 0.443506852f;
    private static final float K = 1.230174105f;
    /**
     * 2/K as OpenJPEG rounds it: high-pass samples arrive scaled by half the standard's step size
     * (the subband gain of 2 left out), so the synthesis multiplies them by 2/K instead of 1/K.
     */
    public static final float HIGH_PASS_SCALE = 1.625732422f;

    private Irreversible97() {
    }

    /** Synthesis of one level in place; {@code scratch} holds at least {@code width * height} floats. */
    public static void inverse(float[] data, int offset, int stride, int x0, int y0, int width, int height,
            float[] scratch) {
        if (width <= 0 || height <= 0) {
            return;
        }
        int px = x0 & 1;
        int py = y0 & 1;
        int lowColumns = (width + 1 - px) >> 1;
        for (int y = 0; y < height; y++) {
            int row = offset + y * stride;
            Interleaving.interleave(data, row, scratch, width, lowColumns, px);
            inverseLine(scratch, width, px);
            System.arraycopy(scratch, 0, data, row, width);
        }
        int lowRows = (height + 1 - py) >> 1;
        Interleaving.interleaveRows(data, offset, stride, scratch, width, height, lowRows, py);
        inverseRows(scratch, width, height, py);
        for (int y = 0; y < height; y++) {
            System.arraycopy(scratch, y * width, data, offset + y * stride, width);
        }
    }

    /** One interleaved line; a lone sample passes unchanged (its scaling is in the step size). */
    static void inverseLine(float[] x, int n, int p) {
        if (n == 1) {
            return;
        }
        for (int i = p; i < n; i += 2) {
            x[i] = x[i] * K;
        }
        for (int i = 1 - p; i < n; i += 2) {
            x[i] = x[i] * HIGH_PASS_SCALE;
        }
        lift(x, n, p, -DELTA);
        lift(x, n, 1 - p, -GAMMA);
        lift(x, n, p, -BETA);
        lift(x, n, 1 - p, -ALPHA);
    }

    private static void lift(float[] x, int n, int first, float c) {
        for (int i = first; i < n; i += 2) {
            float left = i > 0 ? x[i - 1] : x[i + 1];
            float right = i + 1 < n ? x[i + 1] : x[i - 1];
            x[i] = x[i] + (left + right) * c;
        }
    }

    private static void inverseRows(float[] s, int w, int h, int p) {
        if (h == 1) {
            return;
        }
        for (int i = 0; i < h; i++) {
            float scale = ((i + p) & 1) == 0 ? K : HIGH_PASS_SCALE;
            for (int j = i * w, end = j + w; j < end; j++) {
                s[j] = s[j] * scale;
            }
        }
        liftRows(s, w, h, p, -DELTA);
        liftRows(s, w, h, 1 - p, -GAMMA);
        liftRows(s, w, h, p, -BETA);
        liftRows(s, w, h, 1 - p, -ALPHA);
    }

    private static void liftRows(float[] s, int w, int h, int first, float c) {
        for (int i = first; i < h; i += 2) {
            int row = i * w;
            int a = (i > 0 ? i - 1 : i + 1) * w;
            int b = (i + 1 < h ? i + 1 : i - 1) * w;
            for (int j = 0; j < w; j++) {
                s[row + j] = s[row + j] + (s[a + j] + s[b + j]) * c;
            }
        }
    }
}
