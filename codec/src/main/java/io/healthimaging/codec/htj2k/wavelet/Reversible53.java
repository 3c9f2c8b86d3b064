package io.healthimaging.codec.htj2k.wavelet;

/**
 * The reversible 5/3 integer wavelet of ISO/IEC 15444-1 Annex F by lifting, one decomposition level at
 * a time, on a rectangle of an int buffer.
 *
 * <p>A level's rectangle holds, before synthesis (after analysis), the four subbands side by side:
 * low-pass columns first, then high-pass columns; low-pass rows first, then high-pass rows. Which
 * samples are low-pass depends on the parity of the resolution's origin on its grid: samples at even
 * absolute coordinates are low-pass. Analysis filters columns then rows (F.4.2); synthesis undoes rows
 * then columns (F.3.2), so the integer rounding inverts exactly. Signal ends use whole-sample
 * symmetric extension.
 */
public final class Reversible53 {
    private Reversible53() {
    }

    /**
     * Synthesis of one level in place. {@code x0}, {@code y0} are the absolute origin of the resolution
     * being reconstructed, {@code scratch} holds at least {@code width * height} ints.
     */
    public static void inverse(int[] data, int offset, int stride, int x0, int y0, int width, int height,
            int[] scratch) {
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

    /** Analysis of one level in place; the inverse of {@link #inverse}. */
    public static void forward(int[] data, int offset, int stride, int x0, int y0, int width, int height,
            int[] scratch) {
        if (width <= 0 || height <= 0) {
            return;
        }
        int px = x0 & 1;
        int py = y0 & 1;
        for (int y = 0; y < height; y++) {
            System.arraycopy(data, offset + y * stride, scratch, y * width, width);
        }
        forwardRows(scratch, width, height, py);
        int lowRows = (height + 1 - py) >> 1;
        Interleaving.deinterleaveRows(scratch, width, height, data, offset, stride, lowRows, py);
        int lowColumns = (width + 1 - px) >> 1;
        for (int y = 0; y < height; y++) {
            int row = offset + y * stride;
            System.arraycopy(data, row, scratch, 0, width);
            forwardLine(scratch, width, px);
            Interleaving.deinterleave(scratch, 0, data, row, width, lowColumns, px);
        }
    }

    /** F.3.8.1 on one interleaved line; low-pass samples sit at indices of parity {@code p}. */
    static void inverseLine(int[] x, int n, int p) {
        if (n == 1) {
            if (p == 1) {
                x[0] /= 2;
            }
            return;
        }
        for (int i = p; i < n; i += 2) {
            int left = i > 0 ? x[i - 1] : x[i + 1];
            int right = i + 1 < n ? x[i + 1] : x[i - 1];
            x[i] -= (left + right + 2) >> 2;
        }
        for (int i = 1 - p; i < n; i += 2) {
            int left = i > 0 ? x[i - 1] : x[i + 1];
            int right = i + 1 < n ? x[i + 1] : x[i - 1];
            x[i] += (left + right) >> 1;
        }
    }

    /** F.4.8.1 on one line in natural order. */
    static void forwardLine(int[] x, int n, int p) {
        if (n == 1) {
            if (p == 1) {
                x[0] *= 2;
            }
            return;
        }
        for (int i = 1 - p; i < n; i += 2) {
            int left = i > 0 ? x[i - 1] : x[i + 1];
            int right = i + 1 < n ? x[i + 1] : x[i - 1];
            x[i] -= (left + right) >> 1;
        }
        for (int i = p; i < n; i += 2) {
            int left = i > 0 ? x[i - 1] : x[i + 1];
            int right = i + 1 < n ? x[i + 1] : x[i - 1];
            x[i] += (left + right + 2) >> 2;
        }
    }

    /** {@link #inverseLine} applied to columns, with whole rows of {@code s} as the vector elements. */
    private static void inverseRows(int[] s, int w, int h, int p) {
        if (h == 1) {
            if (p == 1) {
                for (int j = 0; j < w; j++) {
                    s[j] /= 2;
                }
            }
            return;
        }
        for (int i = p; i < h; i += 2) {
            int c = i * w;
            int a = (i > 0 ? i - 1 : i + 1) * w;
            int b = (i + 1 < h ? i + 1 : i - 1) * w;
            for (int j = 0; j < w; j++) {
                s[c + j] -= (s[a + j] + s[b + j] + 2) >> 2;
            }
        }
        for (int i = 1 - p; i < h; i += 2) {
            int c = i * w;
            int a = (i > 0 ? i - 1 : i + 1) * w;
            int b = (i + 1 < h ? i + 1 : i - 1) * w;
            for (int j = 0; j < w; j++) {
                s[c + j] += (s[a + j] + s[b + j]) >> 1;
            }
        }
    }

    private static void forwardRows(int[] s, int w, int h, int p) {
        if (h == 1) {
            if (p == 1) {
                for (int j = 0; j < w; j++) {
                    s[j] *= 2;
                }
            }
            return;
        }
        for (int i = 1 - p; i < h; i += 2) {
            int c = i * w;
            int a = (i > 0 ? i - 1 : i + 1) * w;
            int b = (i + 1 < h ? i + 1 : i - 1) * w;
            for (int j = 0; j < w; j++) {
                s[c + j] -= (s[a + j] + s[b + j]) >> 1;
            }
        }
        for (int i = p; i < h; i += 2) {
            int c = i * w;
            int a = (i > 0 ? i - 1 : i + 1) * w;
            int b = (i + 1 < h ? i + 1 : i - 1) * w;
            for (int j = 0; j < w; j++) {
                s[c + j] += (s[a + j] + s[b + j] + 2) >> 2;
            }
        }
    }
}
