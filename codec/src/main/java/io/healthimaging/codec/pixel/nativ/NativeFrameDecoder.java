package io.healthimaging.codec.pixel.nativ;

import io.healthimaging.codec.image.PixelDescription;
import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.pixel.DecodedFrames;
import io.healthimaging.codec.pixel.FrameDecoder;
import io.healthimaging.codec.pixel.PixelDataException;
import io.healthimaging.codec.pixel.SampleCells;
import io.healthimaging.codec.pixel.colour.StoredPhotometric;

/**
 * Uncompressed frames of the four native transfer syntaxes, after the reader's normalization to little-endian
 * cells (1-bit frames with their first pixel in bit 0 of byte 0). Cells are 1, 8, 16 or 32 bits; each holds one
 * sample that {@link SampleCells} cuts out. Colour-by-plane frames (Planar Configuration 1) and YBR_FULL_422
 * pixel pairs are both rearranged into planes.
 */
public final class NativeFrameDecoder implements FrameDecoder {

    @Override
    public SampleImage decode(byte[] frame, PixelDescription d) throws PixelDataException {
        String photometric = StoredPhotometric.ofNative(d);
        int bits = d.bitsAllocated();
        if (bits != 1 && bits != 8 && bits != 16 && bits != 32) {
            throw new PixelDataException("Bits Allocated " + bits + " is not supported for native pixel data "
                    + "(1, 8, 16 or 32)");
        }
        if (d.samplesPerPixel() > 1 && d.planarConfiguration() != 0 && d.planarConfiguration() != 1) {
            throw new PixelDataException("Planar Configuration " + d.planarConfiguration() + " is not 0 or 1");
        }
        DecodedFrames.check(d);
        long expected = d.nativeFrameLength();
        if (frame.length < expected) {
            throw new PixelDataException("native frame holds " + frame.length + " bytes but " + d.rows() + " x "
                    + d.columns() + " x " + d.samplesPerPixel() + " samples of " + bits + " bits need " + expected);
        }
        SampleImage image = DecodedFrames.allocate(d);
        CellReader cells = new CellReader(frame, bits, SampleCells.positioned(d));
        boolean expandChroma = !photometric.equals(d.photometricInterpretation());
        if (expandChroma) {
            decodePixelPairs(cells, d, image);
        } else if (d.samplesPerPixel() > 1 && d.planarConfiguration() == 1) {
            decodePlanes(cells, image);
        } else {
            decodeInterleaved(cells, image);
        }
        return image;
    }

    private static void decodeInterleaved(CellReader cells, SampleImage image) {
        int components = image.components();
        int pixels = image.width() * image.height();
        for (int c = 0; c < components; c++) {
            int[] plane = image.plane(c);
            for (int p = 0, cell = c; p < pixels; p++, cell += components) {
                plane[p] = cells.sample(cell);
            }
        }
    }

    private static void decodePlanes(CellReader cells, SampleImage image) {
        int pixels = image.width() * image.height();
        for (int c = 0; c < image.components(); c++) {
            int[] plane = image.plane(c);
            for (int p = 0, cell = c * pixels; p < pixels; p++, cell++) {
                plane[p] = cells.sample(cell);
            }
        }
    }

    /** YBR_FULL_422 stores Y1 Y2 Cb Cr for each horizontal pair; both pixels of a pair take its chroma. */
    private static void decodePixelPairs(CellReader cells, PixelDescription d, SampleImage image)
            throws PixelDataException {
        if (d.columns() % 2 != 0 || d.planarConfiguration() != 0) {
            throw new PixelDataException("YBR_FULL_422 needs an even number of Columns (got " + d.columns()
                    + ") and Planar Configuration 0 (got " + d.planarConfiguration() + ")");
        }
        int[] y = image.plane(0);
        int[] cb = image.plane(1);
        int[] cr = image.plane(2);
        int pairs = d.rows() * d.columns() / 2;
        for (int pair = 0; pair < pairs; pair++) {
            int p = pair * 2;
            int cell = pair * 4;
            y[p] = cells.sample(cell);
            y[p + 1] = cells.sample(cell + 1);
            cb[p] = cb[p + 1] = cells.sample(cell + 2);
            cr[p] = cr[p + 1] = cells.sample(cell + 3);
        }
    }

    /** Reads cell {@code i} of a little-endian frame and cuts its sample out. */
    private record CellReader(byte[] frame, int bits, SampleCells samples) {
        int sample(int i) {
            return samples.sample(cell(i));
        }

        private long cell(int i) {
            return switch (bits) {
                case 1 -> (frame[i >>> 3] >>> (i & 7)) & 1;
                case 8 -> frame[i] & 0xFF;
                case 16 -> (frame[2 * i] & 0xFF) | (frame[2 * i + 1] & 0xFF) << 8;
                default -> ((frame[4 * i] & 0xFF) | (frame[4 * i + 1] & 0xFF) << 8
                        | (frame[4 * i + 2] & 0xFF) << 16 | (long) (frame[4 * i + 3] & 0xFF) << 24);
            };
        }
    }
}
