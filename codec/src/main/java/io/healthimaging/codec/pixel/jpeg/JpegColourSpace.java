package io.healthimaging.codec.pixel.jpeg;

import io.healthimaging.codec.image.PixelDescription;

/**
 * Decides whether the three components of a lossy JPEG frame are YCbCr, which decoding turns into RGB, or are
 * already RGB. JPEG itself does not record it; the conventions, strongest first:
 *
 * <ol>
 *   <li>an Adobe APP14 segment states it (transform 0: not transformed; 1: YCbCr);</li>
 *   <li>a JFIF APP0 segment implies YCbCr;</li>
 *   <li>component identifiers 'R', 'G', 'B' mean RGB;</li>
 *   <li>subsampled chroma means YCbCr (nobody subsamples RGB);</li>
 *   <li>otherwise the DICOM Photometric Interpretation decides: YBR_* is YCbCr, RGB is RGB.</li>
 * </ol>
 *
 * The last rule is where this departs from libjpeg, which guesses YCbCr, and follows dcmtk: DICOM writers such
 * as the one behind pydicom's {@code SC_jpeg_no_color_transform.dcm} store untransformed RGB without any marker,
 * while gdcm writes subsampled YCbCr under Photometric Interpretation RGB ({@code SC_rgb_jpeg_lossy_gdcm.dcm}).
 */
final class JpegColourSpace {
    private JpegColourSpace() {
    }

    static boolean isYCbCr(DecodedJpeg jpeg, PixelDescription description) {
        if (jpeg.adobeTransform() >= 0) {
            return jpeg.adobeTransform() != 0;
        }
        if (jpeg.jfif()) {
            return true;
        }
        JpegFrame frame = jpeg.frame();
        if (frame.components.get(0).id == 'R' && frame.components.get(1).id == 'G'
                && frame.components.get(2).id == 'B') {
            return false;
        }
        for (FrameComponent c : frame.components) {
            if (c.horizontalSampling != frame.maxHorizontalSampling
                    || c.verticalSampling != frame.maxVerticalSampling) {
                return true;
            }
        }
        return !"RGB".equals(description.photometricInterpretation());
    }
}
