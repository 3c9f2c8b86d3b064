package io.healthimaging.codec.htj2k.block;

/** Argument checks shared by the encoder and decoder: what a caller passes, not what coded data says. */
final class BlockGeometry {

    /** Largest code-block side and area Rec. ITU-T T.800 allows. */
    static final int MAX_SIDE = 1024;
    static final int MAX_AREA = 4096;

    /** A block of at most 30 magnitude bit-planes keeps every coefficient, sign included, in an int. */
    static final int MAX_MAGNITUDE_BITS = 30;

    private BlockGeometry() {
    }

    static void check(int width, int height, int magnitudeBits) {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_AREA) {
            throw new IllegalArgumentException("code-block of " + width + "x" + height
                    + " samples; sides of 1.." + MAX_SIDE + " and at most " + MAX_AREA + " samples are allowed");
        }
        if (magnitudeBits < 1 || magnitudeBits > MAX_MAGNITUDE_BITS) {
            throw new IllegalArgumentException("magnitudeBits " + magnitudeBits + " is outside 1.."
                    + MAX_MAGNITUDE_BITS);
        }
    }

    static void checkRaster(String name, int length, int offset, int stride, int width, int height) {
        if (offset < 0 || stride < width
                || (long) offset + (long) (height - 1) * stride + width > length) {
            throw new IllegalArgumentException(name + " of " + length + " ints cannot hold a " + width + "x"
                    + height + " block at offset " + offset + " with stride " + stride);
        }
    }
}
