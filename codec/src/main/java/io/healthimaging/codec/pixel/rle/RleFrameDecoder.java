package io.healthimaging.codec.pixel.rle;

import io.healthimaging.codec.image.PixelDescription;
import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.pixel.DecodedFrames;
import io.healthimaging.codec.pixel.FrameDecoder;
import io.healthimaging.codec.pixel.PixelDataException;
import io.healthimaging.codec.pixel.SampleCells;
import io.healthimaging.codec.pixel.colour.StoredPhotometric;

import java.util.Arrays;

/**
 * RLE Lossless (PS3.5 Annex G): a 64-byte header of segment offsets, then one PackBits segment per byte of every
 * sample, the most significant byte plane of the first sample first. Each segment decodes to one byte per pixel.
 */
public final class RleFrameDecoder implements FrameDecoder {
    private static final int HEADER_LENGTH = 64;
    private static final int MAX_SEGMENTS = 15;

    @Override
    public SampleImage decode(byte[] frame, PixelDescription d) throws PixelDataException {
        StoredPhotometric.ofLosslessCompressed(d, "RLE");
        DecodedFrames.check(d);
        if (d.bitsAllocated() % 8 != 0) {
            throw new PixelDataException("RLE needs Bits Allocated to be a multiple of 8, got " + d.bitsAllocated());
        }
        int bytesPerSample = d.bitsAllocated() / 8;
        int expectedSegments = d.samplesPerPixel() * bytesPerSample;
        int[] offsets = segmentOffsets(frame, expectedSegments);
        int pixels = d.rows() * d.columns();
        // A replicate run (two bytes) yields at most 128 bytes; less input cannot fill every segment.
        long shortest = HEADER_LENGTH + expectedSegments * 2L * ((pixels + 127L) / 128);
        if (frame.length < shortest) {
            throw new PixelDataException("RLE frame of " + frame.length + " bytes cannot hold " + expectedSegments
                    + " segments of " + pixels + " pixels (at least " + shortest + " bytes)");
        }
        SampleImage image = DecodedFrames.allocate(d);
        byte[] bytePlane = new byte[pixels];
        for (int s = 0; s < expectedSegments; s++) {
            int end = s + 1 < expectedSegments ? offsets[s + 1] : frame.length;
            unpack(frame, offsets[s], end, bytePlane, s);
            int[] plane = image.plane(s / bytesPerSample);
            for (int p = 0; p < pixels; p++) {
                plane[p] = plane[p] << 8 | (bytePlane[p] & 0xFF);
            }
        }
        SampleCells cells = SampleCells.positioned(d);
        for (int c = 0; c < image.components(); c++) {
            cells.reduce(image.plane(c));
        }
        return image;
    }

    private static int[] segmentOffsets(byte[] frame, int expectedSegments) throws PixelDataException {
        if (frame.length < HEADER_LENGTH) {
            throw new PixelDataException("RLE frame of " + frame.length + " bytes is shorter than its 64-byte header");
        }
        long declared = uint32(frame, 0);
        if (declared != expectedSegments) {
            throw new PixelDataException("RLE header declares " + declared + " segments but the Image Pixel "
                    + "attributes need " + expectedSegments);
        }
        if (expectedSegments > MAX_SEGMENTS) {
            throw new PixelDataException("RLE holds at most 15 segments, the Image Pixel attributes need "
                    + expectedSegments);
        }
        int[] offsets = new int[expectedSegments];
        long previous = HEADER_LENGTH - 1L;
        for (int s = 0; s < expectedSegments; s++) {
            long offset = uint32(frame, 4 + 4 * s);
            if (offset <= previous || offset >= frame.length || (s == 0 && offset != HEADER_LENGTH)) {
                throw new PixelDataException("RLE segment " + (s + 1) + " offset " + offset
                        + " is out of order or outside the " + frame.length + "-byte frame");
            }
            offsets[s] = (int) offset;
            previous = offset;
        }
        return offsets;
    }

    /** PackBits: a header n of 0..127 copies n + 1 bytes, -127..-1 repeats the next byte 1 - n times. */
    private static void unpack(byte[] in, int start, int end, byte[] out, int segment) throws PixelDataException {
        int i = start;
        int o = 0;
        while (o < out.length && i < end) {
            int n = in[i++];
            if (n >= 0) {
                int count = n + 1;
                if (i + count > end) {
                    throw new PixelDataException("RLE segment " + (segment + 1) + " ends inside a literal run");
                }
                System.arraycopy(in, i, out, o, Math.min(count, out.length - o));
                i += count;
                o += count;
            } else if (n != -128) {
                if (i >= end) {
                    throw new PixelDataException("RLE segment " + (segment + 1) + " ends inside a replicate run");
                }
                int count = Math.min(1 - n, out.length - o);
                Arrays.fill(out, o, o + count, in[i++]);
                o += count;
            }
        }
        if (o < out.length) {
            throw new PixelDataException("RLE segment " + (segment + 1) + " decodes to " + o + " bytes, "
                    + out.length + " expected (one per pixel)");
        }
    }

    private static long uint32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
