package io.healthimaging.codec.htj2k;

import io.healthimaging.codec.htj2k.codestream.ComponentCodingStyle;
import io.healthimaging.codec.htj2k.codestream.ComponentSize;
import io.healthimaging.codec.htj2k.codestream.Rect;
import io.healthimaging.codec.htj2k.codestream.TileComponentGeometry;
import io.healthimaging.codec.htj2k.wavelet.ComponentTransform;
import io.healthimaging.codec.htj2k.wavelet.Reversible53;
import io.healthimaging.codec.image.SampleImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The reduced resolutions of an image exactly as a decoder reconstructs them from a lossless
 * {@link Htj2kEncoder} codestream, computed without coding: the reversible 5/3 analysis leaves, after
 * each level, the low-pass samples a decoder synthesises back to; the RCT is undone and samples are
 * shifted and clamped as decoders do.
 */
public final class ResolutionPyramid {
    private ResolutionPyramid() {
    }

    /**
     * Images with 0..{@code levels} resolution levels discarded: index d is the image a decoder gives
     * when discarding d levels (index 0 is {@code image} itself).
     */
    public static List<SampleImage> of(SampleImage image, int levels) {
        boolean componentTransform = image.components() == 3;
        int[][] planes = ForwardTransform.decorrelate(image, componentTransform);
        int[] precincts = ComponentCodingStyle.defaultPrecincts(levels);
        ComponentCodingStyle style = new ComponentCodingStyle(levels, 6, 6, ComponentCodingStyle.STYLE_HT, true,
                precincts, precincts);
        TileComponentGeometry geometry = TileComponentGeometry.of(new Rect(0, 0, image.width(), image.height()), 0,
                new ComponentSize(image.bitDepth(), image.signed(), 1, 1), style);
        int stride = image.width();
        int[] scratch = new int[Reversible53.scratchSize(stride, image.height())];
        List<SampleImage> result = new ArrayList<>(levels + 1);
        result.add(image);
        for (int r = levels; r >= 1; r--) {
            Rect low = geometry.resolutionArea(r - 1);
            int[][] reduced = new int[planes.length][];
            for (int c = 0; c < planes.length; c++) {
                ForwardTransform.analyse(planes[c], stride, geometry.resolutionArea(r), scratch);
                reduced[c] = crop(planes[c], stride, low.width(), low.height());
            }
            result.add(toSamples(image, reduced, low.width(), low.height(), componentTransform));
        }
        return result;
    }

    private static int[] crop(int[] plane, int stride, int width, int height) {
        int[] out = new int[width * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(plane, y * stride, out, y * width, width);
        }
        return out;
    }

    private static SampleImage toSamples(SampleImage original, int[][] planes, int width, int height,
            boolean componentTransform) {
        int count = width * height;
        if (componentTransform) {
            ComponentTransform.inverseRct(planes[0], planes[1], planes[2], count);
        }
        int bits = original.bitDepth();
        long min = original.signed() ? -(1L << (bits - 1)) : 0;
        long max = original.signed() ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
        long shift = original.signed() ? 0 : 1L << (bits - 1);
        for (int[] plane : planes) {
            for (int i = 0; i < count; i++) {
                plane[i] = (int) Math.max(min, Math.min(max, plane[i] + shift));
            }
        }
        return SampleImage.wrap(width, height, bits, original.signed(), planes);
    }
}
