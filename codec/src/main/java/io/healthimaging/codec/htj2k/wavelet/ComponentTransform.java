package io.healthimaging.codec.htj2k.wavelet;

/**
 * The multiple component transforms of ISO/IEC 15444-1 Annex G on the first three components: the
 * reversible RCT (integers) and the irreversible ICT (floats, with OpenJPEG's float constants and
 * operation order so lossy colour decodes to the same samples).
 */
public final class ComponentTransform {
    private ComponentTransform() {
    }

    /** G.2: Y = floor((R + 2G + B) / 4), U = B - G, V = R - G, in place. */
    public static void forwardRct(int[] r, int[] g, int[] b, int count) {
        for (int i = 0; i < count; i++) {
            int red = r[i];
            int green = g[i];
            int blue = b[i];
            r[i] = (red + 2 * green + blue) >> 2;
            g[i] = blue - green;
            b[i] = red - green;
        }
    }

    /** G.3: G = Y - floor((U + V) / 4), R = V + G, B = U + G, in place (components Y, U, V). */
    public static void inverseRct(int[] y, int[] u, int[] v, int count) {
        for (int i = 0; i < count; i++) {
            int green = y[i] - ((u[i] + v[i]) >> 2);
            y[i] = v[i] + green;
            v[i] = u[i] + green;
            u[i] = green;
        }
    }

    /** G.3 inverse ICT, in place (components Y, Cb, Cr become R, G, B). */
    public static void inverseIct(float[] y, float[] cb, float[] cr, int count) {
        for (int i = 0; i < count; i++) {
            float luma = y[i];
            float blue = cb[i];
            float red = cr[i];
            y[i] = luma + red * 1.402f;
            cb[i] = luma - blue * 0.34413f - red * 0.71414f;
            cr[i] = luma + blue * 1.772f;
        }
    }
}
