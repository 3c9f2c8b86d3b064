package io.healthimaging.codec.pixel;

import io.healthimaging.codec.image.PixelDescription;

/**
 * How a pixel cell (the Bits Allocated wide unit a codec reconstructs) holds a sample: Bits Stored bits ending at
 * High Bit, two's complement when the Pixel Representation is signed. Everything above High Bit and below the
 * stored bits is not part of the sample (PS3.5 8.1.1), so it is dropped rather than trusted.
 */
public final class SampleCells {
    private final int shift;
    private final int bitsStored;
    private final long mask;
    private final boolean signed;

    private SampleCells(int shift, int bitsStored, boolean signed) {
        this.shift = shift;
        this.bitsStored = bitsStored;
        this.mask = (1L << bitsStored) - 1;
        this.signed = signed;
    }

    /** Cells of native and RLE data, whose sample may sit below a High Bit other than Bits Stored - 1. */
    public static SampleCells positioned(PixelDescription d) {
        return new SampleCells(d.highBit() + 1 - d.bitsStored(), d.bitsStored(), d.signed());
    }

    /**
     * Values a compressed codestream reconstructs. Their precision is the codestream's; Bits Stored decides which
     * low bits are the sample, and the sign comes from the Pixel Representation because JPEG and JPEG-LS carry
     * two's complement samples as unsigned values.
     */
    public static SampleCells reconstructed(PixelDescription d) {
        return new SampleCells(0, d.bitsStored(), d.signed());
    }

    public int sample(long cell) {
        long value = (cell >>> shift) & mask;
        if (signed) {
            long signBit = 1L << (bitsStored - 1);
            value = (value ^ signBit) - signBit;
        }
        return (int) value;
    }

    /** Rewrites every value of {@code plane} as its sample. */
    public void reduce(int[] plane) {
        if (shift == 0 && !signed && bitsStored >= 32) {
            return;
        }
        for (int i = 0; i < plane.length; i++) {
            plane[i] = sample(plane[i] & 0xFFFF_FFFFL);
        }
    }
}
