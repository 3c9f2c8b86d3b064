package io.healthimaging.codec.pixel.reference;

import io.healthimaging.codec.image.SampleImage;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compares decoded images with reference images. */
public final class Samples {
    private Samples() {
    }

    /**
     * The largest absolute difference between corresponding samples, after checking that the images align.
     * Precision is not compared: reference tools relabel it (gdcm writes Bits Stored 16 for 12-bit JPEG 2000).
     */
    public static long maxDifference(SampleImage expected, SampleImage actual, String what) {
        assertEquals(expected.width(), actual.width(), what + ": width");
        assertEquals(expected.height(), actual.height(), what + ": height");
        assertEquals(expected.components(), actual.components(), what + ": components");
        long max = 0;
        for (int c = 0; c < expected.components(); c++) {
            int[] e = expected.plane(c);
            int[] a = actual.plane(c);
            for (int i = 0; i < e.length; i++) {
                max = Math.max(max, Math.abs((long) e[i] - a[i]));
            }
        }
        return max;
    }

    /** Same samples, precision and signedness. */
    public static void assertSame(SampleImage expected, SampleImage actual, String what) {
        assertEquals(0, maxDifference(expected, actual, what), what + ": largest sample difference");
        assertEquals(expected.bitDepth(), actual.bitDepth(), what + ": bit depth");
        assertEquals(expected.signed(), actual.signed(), what + ": signedness");
    }
}
