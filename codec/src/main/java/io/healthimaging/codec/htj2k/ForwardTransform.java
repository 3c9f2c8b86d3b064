package io.healthimaging.codec.htj2k;

import io.healthimaging.codec.htj2k.codestream.Rect;
import io.healthimaging.codec.htj2k.codestream.TileComponentGeometry;
import io.healthimaging.codec.htj2k.wavelet.ComponentTransform;
import io.healthimaging.codec.htj2k.wavelet.Reversible53;
import io.healthimaging.codec.image.SampleImage;
import java.util.List;

/**
 * The encoder's sample transforms (G.1.2, G.2, F.4): DC level shift of unsigned samples, the RCT for
 * three components, then reversible 5/3 analysis level by level, leaving each tile-component's
 * subbands side by side in its buffer as {@link TileComponentGeometry#bandColumn} describes.
 */
final class ForwardTransform {
    private ForwardTransform() {
    }

    static int[][] apply(SampleImage image, boolean componentTransform, List<TileComponentGeometry> geometry) {
        int[][] planes = decorrelate(image, componentTransform);
        int[] scratch = new int[Reversible53.scratchSize(image.width(), image.height())];
        for (int c = 0; c < planes.length; c++) {
            TileComponentGeometry component = geometry.get(c);
            for (int r = component.levels(); r >= 1; r--) {
                analyse(planes[c], image.width(), component.resolutionArea(r), scratch);
            }
        }
        return planes;
    }

    /** The DC level shift and, for three components, the RCT: the samples the wavelet starts from. */
    static int[][] decorrelate(SampleImage image, boolean componentTransform) {
        int count = image.width() * image.height();
        int[][] planes = new int[image.components()][];
        int shift = image.signed() ? 0 : 1 << (image.bitDepth() - 1);
        for (int c = 0; c < planes.length; c++) {
            int[] source = image.plane(c);
            int[] plane = new int[count];
            for (int i = 0; i < count; i++) {
                plane[i] = source[i] - shift;
            }
            planes[c] = plane;
        }
        if (componentTransform) {
            ComponentTransform.forwardRct(planes[0], planes[1], planes[2], count);
        }
        return planes;
    }

    /** One analysis level: resolution {@code level}, in the top-left corner of {@code plane}. */
    static void analyse(int[] plane, int stride, Rect level, int[] scratch) {
        Reversible53.forward(plane, 0, stride, level.x0(), level.y0(), level.width(), level.height(), scratch);
    }
}
