package io.healthimaging.codec.pixel.jpeg;

import io.healthimaging.codec.pixel.PixelDataException;

/**
 * Brings a component plane to the full frame size. Lossy frames use IJG libjpeg's default "fancy" upsampling
 * for the common 2:1 horizontal and 2:1 by 2:1 ratios (a triangle filter: each output sample weighs its nearer
 * input 3/4 and its farther 1/4, with libjpeg's alternating rounding), so that decoded colour matches dcmtk's;
 * every other ratio, and every lossless frame, replicates samples, which loses nothing.
 */
final class ChromaUpsampler {
    private ChromaUpsampler() {
    }

    /** Writes component {@code c} of {@code frame}, at full size, into {@code out} (width x height). */
    static void upsample(JpegFrame frame, FrameComponent c, boolean fancy, int[] out) throws PixelDataException {
        if (frame.maxHorizontalSampling % c.horizontalSampling != 0
                || frame.maxVerticalSampling % c.verticalSampling != 0) {
            throw new PixelDataException("JPEG component " + c.id + " has sampling " + c.horizontalSampling + "x"
                    + c.verticalSampling + ", not an integer fraction of " + frame.maxHorizontalSampling + "x"
                    + frame.maxVerticalSampling);
        }
        int xFactor = frame.maxHorizontalSampling / c.horizontalSampling;
        int yFactor = frame.maxVerticalSampling / c.verticalSampling;
        boolean triangle = fancy && xFactor == 2 && (yFactor == 1 || yFactor == 2) && c.width > 2;
        if (xFactor == 1 && yFactor == 1) {
            for (int y = 0; y < frame.height; y++) {
                System.arraycopy(c.plane, y * c.planeWidth, out, y * frame.width, frame.width);
            }
        } else if (!triangle) {
            replicate(frame, c, xFactor, yFactor, out);
        } else if (yFactor == 1) {
            horizontal(frame, c, out);
        } else {
            horizontalAndVertical(frame, c, out);
        }
    }

    private static void replicate(JpegFrame frame, FrameComponent c, int xFactor, int yFactor, int[] out) {
        for (int y = 0; y < frame.height; y++) {
            int in = (y / yFactor) * c.planeWidth;
            int o = y * frame.width;
            for (int x = 0; x < frame.width; x++) {
                out[o + x] = c.plane[in + x / xFactor];
            }
        }
    }

    /** libjpeg h2v1_fancy_upsample. */
    private static void horizontal(JpegFrame frame, FrameComponent c, int[] out) {
        int[] row = new int[c.width * 2];
        for (int y = 0; y < frame.height; y++) {
            int in = y * c.planeWidth;
            int[] p = c.plane;
            row[0] = p[in];
            row[1] = (p[in] * 3 + p[in + 1] + 2) >> 2;
            for (int x = 1; x < c.width - 1; x++) {
                int near = p[in + x] * 3;
                row[2 * x] = (near + p[in + x - 1] + 1) >> 2;
                row[2 * x + 1] = (near + p[in + x + 1] + 2) >> 2;
            }
            int last = c.width - 1;
            row[2 * last] = (p[in + last] * 3 + p[in + last - 1] + 1) >> 2;
            row[2 * last + 1] = p[in + last];
            System.arraycopy(row, 0, out, y * frame.width, frame.width);
        }
    }

    /**
     * libjpeg h2v2_fancy_upsample: each output row blends its input row with the nearer neighbouring row (the
     * first and last rows stand in for the rows beyond the image), then blends horizontally.
     */
    private static void horizontalAndVertical(JpegFrame frame, FrameComponent c, int[] out) {
        int[] row = new int[c.width * 2];
        int[] p = c.plane;
        for (int y = 0; y < frame.height; y++) {
            int source = y >> 1;
            int neighbour = (y & 1) == 0 ? Math.max(source - 1, 0) : Math.min(source + 1, c.height - 1);
            int in0 = source * c.planeWidth;
            int in1 = neighbour * c.planeWidth;
            int thisSum = p[in0] * 3 + p[in1];
            int nextSum = p[in0 + 1] * 3 + p[in1 + 1];
            row[0] = (thisSum * 4 + 8) >> 4;
            row[1] = (thisSum * 3 + nextSum + 7) >> 4;
            int lastSum = thisSum;
            thisSum = nextSum;
            for (int x = 1; x < c.width - 1; x++) {
                nextSum = p[in0 + x + 1] * 3 + p[in1 + x + 1];
                row[2 * x] = (thisSum * 3 + lastSum + 8) >> 4;
                row[2 * x + 1] = (thisSum * 3 + nextSum + 7) >> 4;
                lastSum = thisSum;
                thisSum = nextSum;
            }
            int last = c.width - 1;
            row[2 * last] = (thisSum * 3 + lastSum + 8) >> 4;
            row[2 * last + 1] = (thisSum * 4 + 7) >> 4;
            System.arraycopy(row, 0, out, y * frame.width, frame.width);
        }
    }
}
