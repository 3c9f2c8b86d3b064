package io.healthimaging.codec.pixel.colour;

import io.healthimaging.codec.dicom.TransferSyntax;
import io.healthimaging.codec.image.PixelDescription;
import io.healthimaging.codec.pixel.PixelDataException;

import java.util.Set;

/**
 * The one place that decides which Photometric Interpretation the decoded samples, and therefore the stored
 * lossless HTJ2K frame, carry. Decoders produce exactly this colour space; the import writes it into the metadata.
 *
 * <ul>
 *   <li>Lossless inputs keep their samples: native, RLE, lossless JPEG and JPEG-LS frames keep MONOCHROME1,
 *       MONOCHROME2, PALETTE COLOR (the indices), RGB and YBR_FULL. Native YBR_FULL_422 is expanded to full
 *       chroma, which loses nothing, and becomes YBR_FULL.</li>
 *   <li>Lossy (DCT) JPEG colour decodes to RGB, as IJG libjpeg and dcmtk do; whether the bitstream holds
 *       YCbCr is {@code JpegColourSpace}'s decision.</li>
 *   <li>JPEG 2000 and HTJ2K: PS3.5 8.2.4 labels a codestream that applies the reversible or irreversible
 *       multi-component transformation YBR_RCT or YBR_ICT, and decoding inverts it, so those become RGB. Without
 *       it the components are those the attribute names (RGB, YBR_FULL; YBR_FULL_422 with subsampled chroma,
 *       CP-2650, is expanded to YBR_FULL).</li>
 * </ul>
 *
 * Grey and palette images (one sample per pixel) keep their interpretation in every syntax.
 */
public final class StoredPhotometric {
    public static final String RGB = "RGB";
    public static final String YBR_FULL = "YBR_FULL";
    public static final String YBR_FULL_422 = "YBR_FULL_422";
    public static final String YBR_RCT = "YBR_RCT";
    public static final String YBR_ICT = "YBR_ICT";

    private static final Set<String> SINGLE_SAMPLE = Set.of("MONOCHROME1", "MONOCHROME2", "PALETTE COLOR");
    private static final Set<String> KEPT_COLOUR = Set.of(RGB, YBR_FULL);
    private static final Set<String> DCT_JPEG_COLOUR = Set.of(RGB, YBR_FULL, YBR_FULL_422, "YBR_PARTIAL_422",
            "YBR_PARTIAL_420");
    private static final Set<String> JPEG_2000_COLOUR = Set.of(RGB, YBR_FULL, YBR_FULL_422, YBR_RCT, YBR_ICT);

    private StoredPhotometric() {
    }

    /** The Photometric Interpretation of the samples a frame of {@code ts} described by {@code d} decodes to. */
    public static String of(TransferSyntax ts, PixelDescription d) throws PixelDataException {
        return switch (ts) {
            case JPEG_BASELINE_8BIT, JPEG_EXTENDED_12BIT -> ofDctJpeg(d);
            case JPEG_2000_LOSSLESS, JPEG_2000, HTJ2K_LOSSLESS, HTJ2K_LOSSLESS_RPCL, HTJ2K -> ofJpeg2000(d);
            case IMPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_LITTLE_ENDIAN, DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN,
                    EXPLICIT_VR_BIG_ENDIAN -> ofNative(d);
            case RLE_LOSSLESS, JPEG_LOSSLESS, JPEG_LOSSLESS_SV1, JPEG_LS_LOSSLESS, JPEG_LS_NEAR_LOSSLESS ->
                    ofLosslessCompressed(d, "transfer syntax " + ts.uid());
        };
    }

    /**
     * PS3.5 8.2.4: a JPEG 2000 or HTJ2K codestream that applies the reversible multi-component transformation
     * must be labelled YBR_RCT. An encoder may only apply it to RGB samples, because decoding it yields RGB.
     */
    public static String ofEncodedFrame(String samplesPhotometric, boolean reversibleColourTransform) {
        if (!reversibleColourTransform) {
            return samplesPhotometric;
        }
        if (!RGB.equals(samplesPhotometric)) {
            throw new IllegalArgumentException("the reversible colour transformation applies to RGB samples, not "
                    + samplesPhotometric);
        }
        return YBR_RCT;
    }

    /** Native frames: samples kept, YBR_FULL_422 expanded to YBR_FULL. */
    public static String ofNative(PixelDescription d) throws PixelDataException {
        if (d.samplesPerPixel() == 3 && YBR_FULL_422.equals(d.photometricInterpretation())) {
            return YBR_FULL;
        }
        return ofLosslessCompressed(d, "native");
    }

    /** DCT-based JPEG: colour becomes RGB. */
    public static String ofDctJpeg(PixelDescription d) throws PixelDataException {
        return d.samplesPerPixel() == 1 ? single(d) : colour(d, DCT_JPEG_COLOUR, "lossy JPEG", RGB);
    }

    /** JPEG 2000 and HTJ2K: the multi-component transformation is inverted, subsampled chroma expanded. */
    public static String ofJpeg2000(PixelDescription d) throws PixelDataException {
        if (d.samplesPerPixel() == 1) {
            return single(d);
        }
        String pi = colour(d, JPEG_2000_COLOUR, "JPEG 2000", d.photometricInterpretation());
        return switch (pi) {
            case YBR_RCT, YBR_ICT -> RGB;
            case YBR_FULL_422 -> YBR_FULL;
            default -> pi;
        };
    }

    /** RLE, lossless JPEG and JPEG-LS, named by {@code encoding} in messages: samples kept as they are. */
    public static String ofLosslessCompressed(PixelDescription d, String encoding) throws PixelDataException {
        return d.samplesPerPixel() == 1 ? single(d)
                : colour(d, KEPT_COLOUR, encoding, d.photometricInterpretation());
    }

    private static String single(PixelDescription d) throws PixelDataException {
        if (!SINGLE_SAMPLE.contains(d.photometricInterpretation())) {
            throw new PixelDataException("Photometric Interpretation " + d.photometricInterpretation()
                    + " does not describe one sample per pixel");
        }
        return d.photometricInterpretation();
    }

    private static String colour(PixelDescription d, Set<String> allowed, String encoding, String result)
            throws PixelDataException {
        if (d.samplesPerPixel() != 3) {
            throw new PixelDataException("Samples per Pixel " + d.samplesPerPixel() + " is not supported (1 or 3)");
        }
        if (!allowed.contains(d.photometricInterpretation())) {
            throw new PixelDataException("Photometric Interpretation " + d.photometricInterpretation()
                    + " is not supported for " + encoding + " pixel data with three samples per pixel");
        }
        return result;
    }
}
