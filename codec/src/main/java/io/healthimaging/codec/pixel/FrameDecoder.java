package io.healthimaging.codec.pixel;

import io.healthimaging.codec.image.PixelDescription;
import io.healthimaging.codec.image.SampleImage;

/**
 * Turns the bytes of one frame of Pixel Data into samples. Implementations hold no per-call state and may be
 * shared between threads.
 *
 * <p>The frame is what the DICOM reader yields: native frames in little-endian byte order (1-bit frames with the
 * first pixel in bit 0 of byte 0), encapsulated frames as their fragments concatenated. The result holds
 * {@code description.bitsStored()} bits per sample, sign-extended when the Pixel Representation is signed, in the
 * colour space {@link io.healthimaging.codec.pixel.colour.StoredPhotometric} names.
 */
@FunctionalInterface
public interface FrameDecoder {
    SampleImage decode(byte[] frame, PixelDescription description) throws PixelDataException;
}
