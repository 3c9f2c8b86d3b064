package io.healthimaging.codec.htj2k;

import io.healthimaging.codec.htj2k.codestream.BandGeometry;
import io.healthimaging.codec.htj2k.codestream.Quantization;

/**
 * Turns a code-block's decoded quantization indices into subband samples (ISO/IEC 15444-1 Annex E)
 * with mid-point reconstruction for bit-planes left undecoded.
 *
 * <p>Irreversible step sizes leave out the subband's nominal gain (a factor 2 for HL and LH, 4 for
 * HH), as OpenJPEG does; {@link io.healthimaging.codec.htj2k.wavelet.Irreversible97} multiplies
 * high-pass samples by 2/K instead of 1/K to compensate, which keeps lossy decodes identical to
 * OpenJPEG's.
 */
final class Dequantizer {
    private Dequantizer() {
    }

    /** Reversible path: the index is the coefficient; a truncated block gets half its undecoded range. */
    static void reversible(int[] data, int offset, int stride, int width, int height, int undecodedPlanes) {
        if (undecodedPlanes == 0) {
            return;
        }
        int half = 1 << (undecodedPlanes - 1);
        for (int y = 0; y < height; y++) {
            for (int i = offset + y * stride, end = i + width; i < end; i++) {
                int q = data[i];
                data[i] = q > 0 ? q + half : q < 0 ? q - half : 0;
            }
        }
    }

    /**
     * Irreversible path: {@code indices} (a width x height block at 0) to floats at {@code offset} of
     * {@code out}: sign * (2|q| + 2^u) * (step / 2), the mid-point of the quantization interval.
     */
    static void irreversible(int[] indices, int width, int height, int undecodedPlanes, float step, float[] out,
            int offset, int stride) {
        float halfStep = 0.5f * step;
        int midpoint = 1 << undecodedPlanes;
        for (int y = 0; y < height; y++) {
            int row = offset + y * stride;
            for (int x = 0; x < width; x++) {
                int q = indices[y * width + x];
                int doubled = q > 0 ? 2 * q + midpoint : q < 0 ? 2 * q - midpoint : 0;
                out[row + x] = (float) doubled * halfStep;
            }
        }
    }

    /** E.1 step size with the subband gain left out (see the class comment). */
    static float stepSize(Quantization quantization, int levels, int resolution, BandGeometry band, int precision) {
        int exponent = quantization.exponent(levels, resolution, band.orientation());
        int mantissa = quantization.mantissa(resolution, band.orientation());
        return (float) ((1.0 + mantissa / 2048.0) * Math.pow(2.0, precision - exponent));
    }

    /** Mb = G + epsilon_b - 1 (E-2). */
    static int magnitudeBits(Quantization quantization, int levels, int resolution, BandGeometry band) {
        return quantization.guardBits() + quantization.exponent(levels, resolution, band.orientation()) - 1;
    }
}
