package io.healthimaging.codec.testing;

import io.healthimaging.codec.image.SampleImage;
import java.util.SplittableRandom;

/**
 * Synthetic frames with the structure of medical images: smooth gradients, noise, hard edges and
 * anatomy-like blobs, at any size, precision and signedness.
 */
public final class TestImages {
    private TestImages() {
    }

    public enum Content { GRADIENT, NOISE, EDGES, ANATOMY }

    public static SampleImage of(Content content, int width, int height, int components, int bits, boolean signed,
            long seed) {
        SampleImage image = SampleImage.allocate(width, height, components, bits, signed);
        SplittableRandom random = new SplittableRandom(seed);
        long min = signed ? -(1L << (bits - 1)) : 0;
        long max = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
        double span = max - min;
        for (int c = 0; c < components; c++) {
            int[] plane = image.plane(c);
            double phase = random.nextDouble() * Math.PI;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    double u = width == 1 ? 0 : (double) x / (width - 1);
                    double v = height == 1 ? 0 : (double) y / (height - 1);
                    double f = switch (content) {
                        case GRADIENT -> (u * 0.7 + v * 0.3 + 0.1 * c) % 1.0;
                        case NOISE -> random.nextDouble();
                        case EDGES -> ((x / 7 + y / 5 + c) % 3) / 2.0 * ((x ^ y) % 11 == 0 ? 0.2 : 1.0);
                        case ANATOMY -> anatomy(u, v, phase) + 0.02 * random.nextGaussian();
                    };
                    long value = min + Math.round(Math.max(0, Math.min(1, f)) * span);
                    plane[y * width + x] = (int) Math.max(min, Math.min(max, value));
                }
            }
        }
        return image;
    }

    /** A body-like ellipse with organs and soft texture on a dark background, in [0, 1]. */
    private static double anatomy(double u, double v, double phase) {
        double dx = (u - 0.5) / 0.42;
        double dy = (v - 0.5) / 0.36;
        double r = dx * dx + dy * dy;
        if (r > 1) {
            return 0.02;
        }
        double organs = 0.15 * Math.exp(-((u - 0.35) * (u - 0.35) + (v - 0.45) * (v - 0.45)) * 60)
                + 0.25 * Math.exp(-((u - 0.65) * (u - 0.65) + (v - 0.55) * (v - 0.55)) * 90);
        double texture = 0.03 * Math.sin(u * 40 + phase) * Math.cos(v * 33 - phase);
        double bone = r > 0.85 ? 0.35 : 0;
        return 0.35 + organs + texture + bone;
    }
}
