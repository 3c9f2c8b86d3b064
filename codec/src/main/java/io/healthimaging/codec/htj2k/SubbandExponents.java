package io.healthimaging.codec.htj2k;

import io.healthimaging.codec.htj2k.codestream.BandGeometry;
import io.healthimaging.codec.htj2k.codestream.Quantization;
import io.healthimaging.codec.htj2k.codestream.TileComponentGeometry;
import java.util.List;

/**
 * Chooses the reversible QCD exponents from the coefficients themselves: each subband's exponent is
 * the bit count of its largest magnitude over all components, so Mb = G + epsilon - 1 always holds
 * every coefficient whatever the 5/3 transform's growth, and the block coder never sees a magnitude
 * it cannot code.
 */
final class SubbandExponents {
    private SubbandExponents() {
    }

    static Quantization reversible(int[][] coefficients, List<TileComponentGeometry> geometry, int guardBits) {
        int levels = geometry.get(0).levels();
        int[] exponents = new int[3 * levels + 1];
        for (int c = 0; c < coefficients.length; c++) {
            TileComponentGeometry component = geometry.get(c);
            int stride = component.area().width();
            for (int r = 0; r <= levels; r++) {
                for (BandGeometry band : component.resolution(r).bands()) {
                    int largest = largestMagnitude(coefficients[c], stride, component.bandColumn(r, band),
                            component.bandRow(r, band), band.area().width(), band.area().height());
                    int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(largest));
                    int index = Quantization.subbandIndex(r, band.orientation());
                    exponents[index] = Math.max(exponents[index], bits + 1 - guardBits);
                }
            }
        }
        for (int i = 0; i < exponents.length; i++) {
            exponents[i] = Math.max(1, exponents[i]);
        }
        return new Quantization(Quantization.Style.NONE, guardBits, exponents, new int[exponents.length]);
    }

    private static int largestMagnitude(int[] data, int stride, int x0, int y0, int width, int height) {
        int union = 0;
        for (int y = 0; y < height; y++) {
            for (int i = (y0 + y) * stride + x0, end = i + width; i < end; i++) {
                union |= Math.abs(data[i]);
            }
        }
        return union;
    }
}
