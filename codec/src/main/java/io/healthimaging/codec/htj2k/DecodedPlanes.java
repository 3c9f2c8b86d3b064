package io.healthimaging.codec.htj2k;

import io.healthimaging.codec.htj2k.codestream.ComponentSize;
import io.healthimaging.codec.htj2k.codestream.ImageAndTileSize;
import io.healthimaging.codec.htj2k.codestream.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * The output planes of a decode: each component's samples over the image area at the decoded
 * resolution, filled tile by tile with the DC level shift undone and values clamped to the
 * component's range (G.1.2), as reference decoders do.
 */
final class DecodedPlanes {
    private final List<ComponentSize> sizes;
    private final Rect[] areas;
    private final int[][] samples;

    DecodedPlanes(ImageAndTileSize size, int discardLevels) {
        this.sizes = size.components();
        this.areas = new Rect[sizes.size()];
        this.samples = new int[sizes.size()][];
        for (int c = 0; c < sizes.size(); c++) {
            areas[c] = size.componentArea(c).reduce(discardLevels);
        }
    }

    /** Total samples a decode at {@code discardLevels} produces, to check before allocating. */
    static long sampleCount(ImageAndTileSize size, int discardLevels) {
        long total = 0;
        for (int c = 0; c < size.components().size(); c++) {
            long area = size.componentArea(c).reduce(discardLevels).area();
            total = area > Long.MAX_VALUE - total ? Long.MAX_VALUE : total + area;
        }
        return total;
    }

    void store(int c, TileDecoder.ComponentSamples tile) {
        ComponentSize size = sizes.get(c);
        int precision = size.precision();
        int min = size.signed() ? -(1 << (precision - 1)) : 0;
        int max = size.signed() ? (1 << (precision - 1)) - 1 : (int) ((1L << precision) - 1);
        int shift = size.signed() ? 0 : 1 << (precision - 1);
        Rect area = tile.area();
        Rect image = areas[c];
        int width = area.width();
        if (tile.reversible() && area.equals(image)) {
            // One tile covers the component: level-shift its buffer in place and keep it.
            levelShift(tile.ints(), 0, tile.ints(), 0, width * area.height(), shift, min, max);
            samples[c] = tile.ints();
            return;
        }
        if (samples[c] == null) {
            samples[c] = new int[Math.toIntExact(image.area())];
        }
        int[] out = samples[c];
        for (int y = 0; y < area.height(); y++) {
            int from = y * width;
            int to = (area.y0() - image.y0() + y) * image.width() + area.x0() - image.x0();
            if (tile.reversible()) {
                levelShift(tile.ints(), from, out, to, width, shift, min, max);
            } else {
                float[] in = tile.floats();
                for (int x = 0; x < width; x++) {
                    long rounded = (long) Math.rint(in[from + x]);
                    out[to + x] = (int) Math.max(min, Math.min(max, rounded + shift));
                }
            }
        }
    }

    private static void levelShift(int[] in, int from, int[] out, int to, int count, int shift, int min, int max) {
        for (int i = 0; i < count; i++) {
            int value = in[from + i] + shift;
            out[to + i] = value < min ? min : Math.min(value, max);
        }
    }

    List<DecodedComponent> components() {
        List<DecodedComponent> result = new ArrayList<>(samples.length);
        for (int c = 0; c < samples.length; c++) {
            ComponentSize size = sizes.get(c);
            result.add(new DecodedComponent(areas[c].width(), areas[c].height(), size.precision(), size.signed(),
                    samples[c]));
        }
        return result;
    }
}
