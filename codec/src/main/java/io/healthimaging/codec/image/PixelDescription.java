package io.healthimaging.codec.image;

/**
 * The attributes of the DICOM Image Pixel module that a pixel decoder needs to turn one frame's bytes into
 * samples. The DICOM reader builds it from a data set; decoders compare it with what a compressed
 * bitstream declares.
 *
 * @param rows (0028,0010)
 * @param columns (0028,0011)
 * @param samplesPerPixel (0028,0002)
 * @param bitsAllocated (0028,0100)
 * @param bitsStored (0028,0101)
 * @param highBit (0028,0102)
 * @param signed (0028,0103) Pixel Representation is 1
 * @param photometricInterpretation (0028,0004), for example {@code MONOCHROME2}, {@code RGB}, {@code YBR_FULL_422}
 * @param planarConfiguration (0028,0006), 0 (colour-by-pixel) when absent
 * @param numberOfFrames (0028,0008), 1 when absent
 */
public record PixelDescription(
        int rows,
        int columns,
        int samplesPerPixel,
        int bitsAllocated,
        int bitsStored,
        int highBit,
        boolean signed,
        String photometricInterpretation,
        int planarConfiguration,
        int numberOfFrames) {

    /**
     * Bytes that one uncompressed frame occupies in native (not encapsulated) Pixel Data. YBR_FULL_422 stores
     * two samples per pixel: each pair of pixels shares one Cb and one Cr (PS3.3 C.7.6.3.1.2).
     */
    public long nativeFrameLength() {
        long samples = (long) rows * columns * samplesPerPixel;
        if (samplesPerPixel == 3 && "YBR_FULL_422".equals(photometricInterpretation)) {
            samples = (long) rows * columns * 2;
        }
        return (samples * bitsAllocated + 7) / 8;
    }
}
