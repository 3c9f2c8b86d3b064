package io.healthimaging.codec.image;

import java.util.Arrays;
import java.util.Objects;

/**
 * The decoded samples of one image frame: one plane of {@code int} per component, each row-major
 * ({@code width * height} values), holding the sample values themselves (negative values for signed
 * images). Every pixel decoder produces this form and the HTJ2K encoder consumes it.
 *
 * <p>Planes rather than interleaved pixels because the wavelet and the block coder work on one
 * component at a time; the interleaved byte layout a client decoder produces is a view computed
 * where it is needed (the resolution checksums).
 */
public final class SampleImage {
    private final int width;
    private final int height;
    private final int bitDepth;
    private final boolean signed;
    private final int[][] planes;

    private SampleImage(int width, int height, int bitDepth, boolean signed, int[][] planes) {
        this.width = width;
        this.height = height;
        this.bitDepth = bitDepth;
        this.signed = signed;
        this.planes = planes;
    }

    /** A zero-filled image. {@code bitDepth} is the precision of the samples (1..32). */
    public static SampleImage allocate(int width, int height, int components, int bitDepth, boolean signed) {
        checkGeometry(width, height, components, bitDepth);
        int[][] planes = new int[components][];
        for (int c = 0; c < components; c++) {
            planes[c] = new int[Math.multiplyExact(width, height)];
        }
        return new SampleImage(width, height, bitDepth, signed, planes);
    }

    /** Wraps existing planes without copying them; each must hold exactly {@code width * height} samples. */
    public static SampleImage wrap(int width, int height, int bitDepth, boolean signed, int[]... planes) {
        checkGeometry(width, height, planes.length, bitDepth);
        long size = (long) width * height;
        for (int[] plane : planes) {
            if (Objects.requireNonNull(plane, "plane").length != size) {
                throw new IllegalArgumentException("plane holds " + plane.length + " samples, expected " + size);
            }
        }
        return new SampleImage(width, height, bitDepth, signed, planes.clone());
    }

    private static void checkGeometry(int width, int height, int components, int bitDepth) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        if (components < 1) {
            throw new IllegalArgumentException("an image needs at least one component");
        }
        if (bitDepth < 1 || bitDepth > 32) {
            throw new IllegalArgumentException("bit depth must be 1..32: " + bitDepth);
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int components() {
        return planes.length;
    }

    public int bitDepth() {
        return bitDepth;
    }

    public boolean signed() {
        return signed;
    }

    /** The live plane of component {@code c}; writes go into this image. */
    public int[] plane(int c) {
        return planes[c];
    }

    public int get(int c, int x, int y) {
        return planes[c][y * width + x];
    }

    public void set(int c, int x, int y, int value) {
        planes[c][y * width + x] = value;
    }

    /** Same geometry, precision, signedness and samples. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SampleImage other
                && width == other.width
                && height == other.height
                && bitDepth == other.bitDepth
                && signed == other.signed
                && Arrays.deepEquals(planes, other.planes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(width, height, bitDepth, signed, Arrays.deepHashCode(planes));
    }

    @Override
    public String toString() {
        return "SampleImage[" + width + "x" + height + "x" + planes.length + ", " + bitDepth + " bits "
                + (signed ? "signed" : "unsigned") + "]";
    }
}
