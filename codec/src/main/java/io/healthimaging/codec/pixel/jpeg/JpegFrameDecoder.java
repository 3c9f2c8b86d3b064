package io.healthimaging.codec.pixel.jpeg;

import io.healthimaging.codec.image.PixelDescription;
import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.pixel.DecodedFrames;
import io.healthimaging.codec.pixel.FrameDecoder;
import io.healthimaging.codec.pixel.PixelDataException;
import io.healthimaging.codec.pixel.SampleCells;
import io.healthimaging.codec.pixel.colour.StoredPhotometric;

/**
 * Frames of the four JPEG transfer syntaxes: baseline (process 1), extended (processes 2 and 4, 8 and 12 bit)
 * and lossless (process 14, any predictor and point transform, including selection value 1).
 *
 * <p>One decoder of our own serves every process rather than TwelveMonkeys for the lossless ones: the marker
 * parser, Huffman decoding and restart handling are the same code for DCT and predictive scans, the lossless
 * predictor is a few lines on top, and owning both keeps one colour rule, one set of error messages and direct
 * access to the samples instead of a BufferedImage that ImageIO has already colour-converted by its own rules.
 *
 * <p>Colour frames of the lossy syntaxes decode to RGB ({@link JpegColourSpace} decides whether they hold
 * YCbCr); lossless frames keep their samples. A colour frame whose coding process contradicts its transfer
 * syntax is refused, because the colour space of the result would then contradict {@link StoredPhotometric}.
 */
public final class JpegFrameDecoder implements FrameDecoder {
    private final boolean lossy;

    private JpegFrameDecoder(boolean lossy) {
        this.lossy = lossy;
    }

    /** For JPEG Baseline and JPEG Extended (1.2.840.10008.1.2.4.50 and .51). */
    public static JpegFrameDecoder lossy() {
        return new JpegFrameDecoder(true);
    }

    /** For JPEG Lossless and its selection value 1 (1.2.840.10008.1.2.4.57 and .70). */
    public static JpegFrameDecoder lossless() {
        return new JpegFrameDecoder(false);
    }

    @Override
    public SampleImage decode(byte[] frame, PixelDescription d) throws PixelDataException {
        if (lossy) {
            StoredPhotometric.ofDctJpeg(d);
        } else {
            StoredPhotometric.ofLosslessCompressed(d, "lossless JPEG");
        }
        DecodedFrames.check(d);
        DecodedJpeg jpeg = JpegStream.decode(frame, d.columns(), d.rows(), d.samplesPerPixel());
        JpegFrame decoded = jpeg.frame();
        if (d.samplesPerPixel() > 1 && decoded.process.dct() != lossy) {
            throw new PixelDataException("colour frame is coded with the " + decoded.process
                    + " JPEG process, which does not belong to a " + (lossy ? "lossy" : "lossless")
                    + " JPEG transfer syntax");
        }
        SampleImage image = DecodedFrames.allocate(d);
        for (int c = 0; c < image.components(); c++) {
            ChromaUpsampler.upsample(decoded, decoded.components.get(c), decoded.process.dct(), image.plane(c));
        }
        if (lossy && image.components() == 3 && JpegColourSpace.isYCbCr(jpeg, d)) {
            YCbCrToRgb.forPrecision(decoded.precision).convert(image.plane(0), image.plane(1), image.plane(2));
        }
        SampleCells cells = SampleCells.reconstructed(d);
        for (int c = 0; c < image.components(); c++) {
            cells.reduce(image.plane(c));
        }
        return image;
    }
}
