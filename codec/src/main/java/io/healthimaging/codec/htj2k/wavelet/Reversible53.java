package io.healthimaging.codec.htj2k.wavelet;

/**
 * The reversible 5/3 integer wavelet of ISO/IEC 15444-1 Annex F by lifting, one decomposition level at
 * a time, on a rectangle of an int buffer.
 *
 * <p>A level's rectangle holds, before synthesis (after analysis), the four subbands side by side:
 * low-pass columns first, then high-pass columns; low-pass rows first, then high-pass rows. Which
 * samples are low-pass depends on the parity {@code p} of the resolution's origin on its grid: samples
 * at even absolute coordinates are low-pass, so low-pass sample k sits at local index 2k + p and
 * high-pass sample k at 2k + 1 - p. Analysis filters columns then rows (F.4.2); synthesis undoes rows
 * then columns (F.3.2), so the integer rounding inverts exactly. Signal ends use whole-sample symmetric
 * extension: low-pass sample k's neighbours are high-pass samples k - 1 + p and k + p, high-pass sample
 * k's are low-pass samples k - p and k + 1 - p, a missing one replaced by the other.
 *
 * <p>Each lifting step reads the subband halves and writes the interleaved result (or the reverse) in
 * one pass. The vertical direction runs on strips of {@value #STRIP} columns, whole strip rows at a time,
 * so the inner loops run along memory and a strip's rows stay in cache between the two steps.
 */
public final class Reversible53 {
    private static final int STRIP = 128;

    private Reversible53() {
    }

    /** The scratch ints {@link #inverse} and {@link #forward} need for a level of this size. */
    public static int scratchSize(int width, int height) {
        return Math.max(width, Math.min(width, STRIP) * height);
    }

    /**
     * Synthesis of one level in place. {@code x0}, {@code y0} are the absolute origin of the resolution
     * being reconstructed, {@code scratch} holds at least {@link #scratchSize} ints.
     */
    public static void inverse(int[] data, int offset, int stride, int x0, int y0, int width, int height,
            int[] scratch) {
        if (width <= 0 || height <= 0) {
            return;
        }
        int px = x0 & 1;
        for (int y = 0; y < height; y++) {
            int row = offset + y * stride;
            inverseLine(data, row, scratch, width, px);
            System.arraycopy(scratch, 0, data, row, width);
        }
        for (int x = 0; x < width; x += STRIP) {
            int strip = Math.min(STRIP, width - x);
            inverseColumns(data, offset + x, stride, scratch, strip, height, y0 & 1);
            for (int y = 0; y < height; y++) {
                System.arraycopy(scratch, y * strip, data, offset + x + y * stride, strip);
            }
        }
    }

    /** Analysis of one level in place; the inverse of {@link #inverse}. */
    public static void forward(int[] data, int offset, int stride, int x0, int y0, int width, int height,
            int[] scratch) {
        if (width <= 0 || height <= 0) {
            return;
        }
        for (int x = 0; x < width; x += STRIP) {
            int strip = Math.min(STRIP, width - x);
            forwardColumns(data, offset + x, stride, scratch, strip, height, y0 & 1);
            for (int y = 0; y < height; y++) {
                System.arraycopy(scratch, y * strip, data, offset + x + y * stride, strip);
            }
        }
        int px = x0 & 1;
        for (int y = 0; y < height; y++) {
            int row = offset + y * stride;
            forwardLine(data, row, scratch, width, px);
            System.arraycopy(scratch, 0, data, row, width);
        }
    }

    /**
     * F.3.8.1 on one line: subband halves at {@code src[offset..]} to interleaved {@code out[0..n)}. Low-pass
     * samples {@code [1 - p, highs - p)} and high-pass samples {@code [p, (n - 1 + p) / 2)} have both
     * neighbours; only the few others need the mirror.
     */
    static void inverseLine(int[] src, int offset, int[] out, int n, int p) {
        if (n == 1) {
            out[0] = p == 1 ? src[offset] / 2 : src[offset];
            return;
        }
        int lows = (n + 1 - p) >> 1;
        int highs = n - lows;
        int h = offset + lows;
        int first = 1 - p;
        int last = Math.max(first, Math.min(lows, highs - p));
        for (int k = 0; k < first; k++) {
            out[2 * k + p] = src[offset + k] - ((highNeighbours(src, h, k, p, highs) + 2) >> 2);
        }
        for (int k = first; k < last; k++) {
            out[2 * k + p] = src[offset + k] - ((src[h + k - 1 + p] + src[h + k + p] + 2) >> 2);
        }
        for (int k = last; k < lows; k++) {
            out[2 * k + p] = src[offset + k] - ((highNeighbours(src, h, k, p, highs) + 2) >> 2);
        }
        int firstHigh = p;
        int lastHigh = Math.max(firstHigh, Math.min(highs, (n - 1 + p) >> 1));
        for (int k = 0; k < firstHigh; k++) {
            out[2 * k + 1 - p] = src[h + k] + (lowNeighbours(out, 0, 2 * k + 1 - p, n) >> 1);
        }
        for (int k = firstHigh, i = 2 * firstHigh + 1 - p; k < lastHigh; k++, i += 2) {
            out[i] = src[h + k] + ((out[i - 1] + out[i + 1]) >> 1);
        }
        for (int k = lastHigh; k < highs; k++) {
            out[2 * k + 1 - p] = src[h + k] + (lowNeighbours(out, 0, 2 * k + 1 - p, n) >> 1);
        }
    }

    /** F.4.8.1 on one line: natural order at {@code src[offset..]} to subband halves in {@code out[0..n)}. */
    static void forwardLine(int[] src, int offset, int[] out, int n, int p) {
        if (n == 1) {
            out[0] = p == 1 ? 2 * src[offset] : src[offset];
            return;
        }
        int lows = (n + 1 - p) >> 1;
        int highs = n - lows;
        int firstHigh = p;
        int lastHigh = Math.max(firstHigh, Math.min(highs, (n - 1 + p) >> 1));
        for (int k = 0; k < firstHigh; k++) {
            out[lows + k] = src[offset + 2 * k + 1 - p] - (lowNeighbours(src, offset, 2 * k + 1 - p, n) >> 1);
        }
        for (int k = firstHigh, i = offset + 2 * firstHigh + 1 - p; k < lastHigh; k++, i += 2) {
            out[lows + k] = src[i] - ((src[i - 1] + src[i + 1]) >> 1);
        }
        for (int k = lastHigh; k < highs; k++) {
            out[lows + k] = src[offset + 2 * k + 1 - p] - (lowNeighbours(src, offset, 2 * k + 1 - p, n) >> 1);
        }
        int first = 1 - p;
        int last = Math.max(first, Math.min(lows, highs - p));
        for (int k = 0; k < first; k++) {
            out[k] = src[offset + 2 * k + p] + ((highNeighbours(out, lows, k, p, highs) + 2) >> 2);
        }
        for (int k = first; k < last; k++) {
            out[k] = src[offset + 2 * k + p] + ((out[lows + k - 1 + p] + out[lows + k + p] + 2) >> 2);
        }
        for (int k = last; k < lows; k++) {
            out[k] = src[offset + 2 * k + p] + ((highNeighbours(out, lows, k, p, highs) + 2) >> 2);
        }
    }

    /** Sum of low-pass sample k's two high-pass neighbours (held from {@code h}), mirrored at the ends. */
    private static int highNeighbours(int[] data, int h, int k, int p, int highs) {
        int a = k - 1 + p;
        int b = k + p;
        return data[h + (a >= 0 ? a : b)] + data[h + (b < highs ? b : a)];
    }

    /** Sum of the neighbours of interleaved sample {@code i} of a line of {@code n} at {@code offset}, mirrored. */
    private static int lowNeighbours(int[] line, int offset, int i, int n) {
        return line[offset + (i > 0 ? i - 1 : i + 1)] + line[offset + (i + 1 < n ? i + 1 : i - 1)];
    }

    /** {@link #inverseLine} down the columns, whole rows at a time, into {@code out} (row stride w). */
    private static void inverseColumns(int[] data, int offset, int stride, int[] out, int w, int h, int p) {
        if (h == 1) {
            for (int j = 0; j < w; j++) {
                out[j] = p == 1 ? data[offset + j] / 2 : data[offset + j];
            }
            return;
        }
        int lows = (h + 1 - p) >> 1;
        int highs = h - lows;
        for (int k = 0; k < lows; k++) {
            int a = k - 1 + p;
            int b = k + p;
            int low = offset + k * stride;
            int left = offset + (lows + (a >= 0 ? a : b)) * stride;
            int right = offset + (lows + (b < highs ? b : a)) * stride;
            int row = (2 * k + p) * w;
            for (int j = 0; j < w; j++) {
                out[row + j] = data[low + j] - ((data[left + j] + data[right + j] + 2) >> 2);
            }
        }
        for (int k = 0; k < highs; k++) {
            int i = 2 * k + 1 - p;
            int high = offset + (lows + k) * stride;
            int above = (i > 0 ? i - 1 : i + 1) * w;
            int below = (i + 1 < h ? i + 1 : i - 1) * w;
            int row = i * w;
            for (int j = 0; j < w; j++) {
                out[row + j] = data[high + j] + ((out[above + j] + out[below + j]) >> 1);
            }
        }
    }

    /** {@link #forwardLine} down the columns: low-pass rows first in {@code out} (row stride w). */
    private static void forwardColumns(int[] data, int offset, int stride, int[] out, int w, int h, int p) {
        if (h == 1) {
            for (int j = 0; j < w; j++) {
                out[j] = p == 1 ? 2 * data[offset + j] : data[offset + j];
            }
            return;
        }
        int lows = (h + 1 - p) >> 1;
        int highs = h - lows;
        for (int k = 0; k < highs; k++) {
            int i = 2 * k + 1 - p;
            int source = offset + i * stride;
            int above = offset + (i > 0 ? i - 1 : i + 1) * stride;
            int below = offset + (i + 1 < h ? i + 1 : i - 1) * stride;
            int row = (lows + k) * w;
            for (int j = 0; j < w; j++) {
                out[row + j] = data[source + j] - ((data[above + j] + data[below + j]) >> 1);
            }
        }
        for (int k = 0; k < lows; k++) {
            int a = k - 1 + p;
            int b = k + p;
            int source = offset + (2 * k + p) * stride;
            int left = (lows + (a >= 0 ? a : b)) * w;
            int right = (lows + (b < highs ? b : a)) * w;
            int row = k * w;
            for (int j = 0; j < w; j++) {
                out[row + j] = data[source + j] + ((out[left + j] + out[right + j] + 2) >> 2);
            }
        }
    }
}
