package io.healthimaging.codec.htj2k.wavelet;

/**
 * Moves samples between the subband layout (low-pass half, then high-pass half) and the natural
 * interleaved order, where low-pass sample k sits at index 2k + p and high-pass sample k at 2k + 1 - p.
 */
final class Interleaving {
    private Interleaving() {
    }

    static void interleave(float[] src, int srcOffset, float[] dst, int n, int lowCount, int p) {
        for (int k = 0; k < lowCount; k++) {
            dst[2 * k + p] = src[srcOffset + k];
        }
        for (int k = 0, high = n - lowCount; k < high; k++) {
            dst[2 * k + 1 - p] = src[srcOffset + lowCount + k];
        }
    }

    /** Row {@code i} of {@code scratch} (width {@code w}) receives its subband row from {@code data}. */
    static void interleaveRows(float[] data, int offset, int stride, float[] scratch, int w, int h, int lowRows,
            int p) {
        for (int i = 0; i < h; i++) {
            System.arraycopy(data, offset + sourceRow(i, lowRows, p) * stride, scratch, i * w, w);
        }
    }

    /** The subband-layout row holding interleaved row {@code i}. */
    private static int sourceRow(int i, int lowRows, int p) {
        return ((i + p) & 1) == 0 ? (i - p) >> 1 : lowRows + ((i - 1 + p) >> 1);
    }
}
