package io.healthimaging.codec.pixel.jpeg2000;

import io.healthimaging.codec.htj2k.DecodedComponent;
import io.healthimaging.codec.htj2k.Htj2kDecoder;
import io.healthimaging.codec.htj2k.Htj2kException;
import io.healthimaging.codec.image.PixelDescription;
import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.pixel.DecodedFrames;
import io.healthimaging.codec.pixel.FrameDecoder;
import io.healthimaging.codec.pixel.PixelDataException;
import io.healthimaging.codec.pixel.SampleCells;
import io.healthimaging.codec.pixel.colour.StoredPhotometric;

import java.io.IOException;
import java.util.List;

/**
 * Frames of the JPEG 2000 (1.2.840.10008.1.2.4.90, .91) and HTJ2K (.201, .202, .203) transfer syntaxes. The
 * codestream chooses the engine: a Part 15 codestream (Rsiz bit 14 or a CAP segment) goes to this project's
 * {@link Htj2kDecoder}, a Part 1 codestream to the pure-Java JJ2000 codec of jai-imageio-jpeg2000, which
 * reconstructs reversible codestreams exactly as OpenJPEG does and irreversible ones to within one unit.
 *
 * <p>The codestream header is checked against the Image Pixel attributes first, so that a frame declaring a
 * different size or a truncated codestream fails precisely and before anything large is allocated. A
 * multi-component transformation is inverted (YBR_RCT and YBR_ICT become RGB); subsampled components are
 * replicated to full size.
 */
public final class Jpeg2000FrameDecoder implements FrameDecoder {
    private static final int MAX_PRECISION = 31;
    private static final Htj2kDecoder HIGH_THROUGHPUT = new Htj2kDecoder(DecodedFrames.MAX_SAMPLES_PER_FRAME);

    @Override
    public SampleImage decode(byte[] frame, PixelDescription d) throws PixelDataException {
        StoredPhotometric.ofJpeg2000(d);
        DecodedFrames.check(d);
        Codestream codestream = Codestream.read(frame, codestreamOffset(frame));
        DecodedFrames.requireMatch("JPEG 2000 image width", codestream.width, d.columns(), "Columns");
        DecodedFrames.requireMatch("JPEG 2000 image height", codestream.height, d.rows(), "Rows");
        DecodedFrames.requireMatch("JPEG 2000 component count", codestream.components, d.samplesPerPixel(),
                "Samples per Pixel");
        for (int c = 0; c < codestream.components; c++) {
            if (codestream.precision[c] > MAX_PRECISION) {
                throw new PixelDataException("JPEG 2000 component " + c + " has precision "
                        + codestream.precision[c] + ", above the supported " + MAX_PRECISION);
            }
        }
        int[][] planes = codestream.highThroughput ? decodeHighThroughput(frame) : decodePartOne(frame, codestream);
        SampleImage image = DecodedFrames.allocate(d);
        SampleCells cells = SampleCells.reconstructed(d);
        for (int c = 0; c < image.components(); c++) {
            expand(planes[c], codestream, c, image.plane(c), d.columns(), d.rows());
            cells.reduce(image.plane(c));
        }
        return image;
    }

    private static int[][] decodeHighThroughput(byte[] frame) throws PixelDataException {
        try {
            List<DecodedComponent> components = HIGH_THROUGHPUT.decodeComponents(frame, 0);
            int[][] planes = new int[components.size()][];
            for (int c = 0; c < planes.length; c++) {
                planes[c] = components.get(c).samples();
            }
            return planes;
        } catch (Htj2kException e) {
            throw new PixelDataException("HTJ2K codestream cannot be decoded: " + e.getMessage(), e);
        }
    }

    private static int[][] decodePartOne(byte[] frame, Codestream codestream) throws PixelDataException {
        try {
            return Jj2000Decoding.decode(codestream.withTilePartCounts(frame), codestream);
        } catch (IOException | RuntimeException e) {
            throw new PixelDataException("JPEG 2000 codestream cannot be decoded: " + e, e);
        } catch (Error e) {
            // JJ2000 reports invalid or unsupported codestreams by throwing java.lang.Error or its own
            // NotImplementedError; the virtual machine's errors (out of memory, stack overflow) propagate.
            if (e.getClass() != Error.class && !e.getClass().getName().startsWith("jj2000.")) {
                throw e;
            }
            throw new PixelDataException("JPEG 2000 codestream is invalid or unsupported: " + e.getMessage(), e);
        }
    }

    /** Copies a component to full size, repeating samples of a subsampled one. */
    private static void expand(int[] component, Codestream codestream, int c, int[] out, int width, int height) {
        if (codestream.componentWidth[c] == width && codestream.componentHeight[c] == height) {
            System.arraycopy(component, 0, out, 0, out.length);
            return;
        }
        int xStep = codestream.xSubsampling[c];
        int yStep = codestream.ySubsampling[c];
        int componentWidth = codestream.componentWidth[c];
        for (int y = 0; y < height; y++) {
            int from = Math.min(y / yStep, codestream.componentHeight[c] - 1) * componentWidth;
            for (int x = 0; x < width; x++) {
                out[y * width + x] = component[from + Math.min(x / xStep, componentWidth - 1)];
            }
        }
    }

    /**
     * DICOM requires a bare codestream, but some writers (pydicom's {@code GDCMJ2K_TextGBR.dcm}) wrap it in a JP2
     * file; the codestream is then the content of the contiguous codestream box.
     */
    private static int codestreamOffset(byte[] frame) throws PixelDataException {
        boolean jp2 = frame.length >= 12 && frame[4] == 'j' && frame[5] == 'P' && frame[6] == ' ' && frame[7] == ' ';
        if (!jp2) {
            return 0;
        }
        long at = 0;
        while (at + 8 <= frame.length) {
            int box = (int) at;
            long length = u32(frame, box);
            int header = 8;
            if (length == 1 && box + 16 <= frame.length) {
                length = u32(frame, box + 8) << 32 | u32(frame, box + 12);
                header = 16;
            }
            if (frame[box + 4] == 'j' && frame[box + 5] == 'p' && frame[box + 6] == '2' && frame[box + 7] == 'c') {
                return box + header;
            }
            if (length < header) {
                break;
            }
            at += length;
        }
        throw new PixelDataException("JP2 file in the frame has no contiguous codestream box");
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | (b[at + 3] & 0xFFL);
    }
}
