package io.healthimaging.codec.pixel;

import io.healthimaging.codec.image.PixelDescription;
import io.healthimaging.codec.image.SampleImage;

/**
 * Checks the Image Pixel attributes every decoder relies on and allocates the image a frame decodes into. The
 * size cap keeps a hostile description (or a codestream declaring 65535 x 65535 samples in a few bytes) from
 * exhausting the heap: no frame of a real modality comes near it.
 */
public final class DecodedFrames {
    /** 2^28 samples, 1 GiB of {@code int}: a 16384 x 16384 single-sample frame. */
    public static final long MAX_SAMPLES_PER_FRAME = 1L << 28;

    private DecodedFrames() {
    }

    /** An image for all samples of one frame of {@code description}, in its Bits Stored precision and sign. */
    public static SampleImage allocate(PixelDescription description) throws PixelDataException {
        check(description);
        return SampleImage.allocate(description.columns(), description.rows(), description.samplesPerPixel(),
                description.bitsStored(), description.signed());
    }

    public static void check(PixelDescription d) throws PixelDataException {
        if (d.rows() < 1 || d.columns() < 1) {
            throw new PixelDataException("Rows " + d.rows() + " and Columns " + d.columns()
                    + " must both be at least 1");
        }
        if (d.samplesPerPixel() != 1 && d.samplesPerPixel() != 3) {
            throw new PixelDataException("Samples per Pixel " + d.samplesPerPixel() + " is not supported (1 or 3)");
        }
        if (d.bitsAllocated() < 1 || d.bitsAllocated() > 32) {
            throw new PixelDataException("Bits Allocated " + d.bitsAllocated() + " is not supported (1 to 32)");
        }
        if (d.bitsStored() < 1 || d.bitsStored() > d.bitsAllocated()) {
            throw new PixelDataException("Bits Stored " + d.bitsStored() + " must be between 1 and Bits Allocated "
                    + d.bitsAllocated());
        }
        if (d.highBit() < d.bitsStored() - 1 || d.highBit() >= d.bitsAllocated()) {
            throw new PixelDataException("High Bit " + d.highBit() + " does not fit Bits Stored " + d.bitsStored()
                    + " within Bits Allocated " + d.bitsAllocated());
        }
        long samples = (long) d.rows() * d.columns() * d.samplesPerPixel();
        if (samples > MAX_SAMPLES_PER_FRAME) {
            throw new PixelDataException("a frame of " + d.rows() + " x " + d.columns() + " x "
                    + d.samplesPerPixel() + " samples exceeds the limit of " + MAX_SAMPLES_PER_FRAME);
        }
    }

    /** Fails unless a codestream's declared geometry is the one the data set describes. */
    public static void requireMatch(String what, long declared, long described, String attribute)
            throws PixelDataException {
        if (declared != described) {
            throw new PixelDataException(what + " " + declared + " does not match " + attribute + " " + described);
        }
    }
}
