package io.healthimaging.codec.pixel.jpegls;

import io.healthimaging.codec.image.PixelDescription;
import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.pixel.DecodedFrames;
import io.healthimaging.codec.pixel.FrameDecoder;
import io.healthimaging.codec.pixel.PixelDataException;
import io.healthimaging.codec.pixel.SampleCells;
import io.healthimaging.codec.pixel.colour.StoredPhotometric;

/**
 * JPEG-LS lossless and near-lossless frames (1.2.840.10008.1.2.4.80 and .81), 2 to 16 bits, one or three
 * components in any interleave mode. Decoding is deterministic, so near-lossless frames decode to exactly what
 * any conforming decoder produces; the samples are kept in their colour space.
 */
public final class JpegLsFrameDecoder implements FrameDecoder {

    @Override
    public SampleImage decode(byte[] frame, PixelDescription d) throws PixelDataException {
        StoredPhotometric.ofLosslessCompressed(d, "JPEG-LS");
        DecodedFrames.check(d);
        int[][] planes = JpegLsStream.decode(frame, d.columns(), d.rows(), d.samplesPerPixel());
        SampleCells cells = SampleCells.reconstructed(d);
        for (int[] plane : planes) {
            cells.reduce(plane);
        }
        return SampleImage.wrap(d.columns(), d.rows(), d.bitsStored(), d.signed(), planes);
    }
}
