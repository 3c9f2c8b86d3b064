package io.healthimaging.codec.testing;

import io.healthimaging.codec.image.SampleImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Little-endian planar sample files as opj_decompress (.rawl) and ojph_expand/ojph_compress (.raw/.yuv)
 * read and write them: one byte per sample up to 8 bits, otherwise two, component after component.
 */
public final class RawSamples {
    private RawSamples() {
    }

    public static void write(SampleImage image, Path file) {
        int bytes = image.bitDepth() <= 8 ? 1 : 2;
        int count = image.width() * image.height();
        byte[] out = new byte[count * image.components() * bytes];
        int at = 0;
        for (int c = 0; c < image.components(); c++) {
            int[] plane = image.plane(c);
            for (int i = 0; i < count; i++) {
                out[at++] = (byte) plane[i];
                if (bytes == 2) {
                    out[at++] = (byte) (plane[i] >> 8);
                }
            }
        }
        try {
            Files.write(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads planes (sign-extended from {@code bits} when signed) of {@code width x height}, each of its own size if subsampled. */
    public static int[][] readPlanes(Path file, int[] widths, int[] heights, int bits, boolean signed) {
        byte[] in;
        try {
            in = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int bytes = bits <= 8 ? 1 : 2;
        int[][] planes = new int[widths.length][];
        int at = 0;
        for (int c = 0; c < widths.length; c++) {
            int count = widths[c] * heights[c];
            if (at + count * bytes > in.length) {
                throw new AssertionError(file + " holds " + in.length + " bytes, too few for component " + c);
            }
            int[] plane = new int[count];
            for (int i = 0; i < count; i++) {
                int value = bytes == 1 ? in[at] & 0xFF : (in[at] & 0xFF) | ((in[at + 1] & 0xFF) << 8);
                at += bytes;
                if (signed) {
                    // Writers keep only the sample's own bits (OpenJPEG masks to the precision).
                    value = (value << (32 - bits)) >> (32 - bits);
                }
                plane[i] = value;
            }
            planes[c] = plane;
        }
        if (at != in.length) {
            throw new AssertionError(file + " holds " + in.length + " bytes, expected " + at);
        }
        return planes;
    }

    public static SampleImage read(Path file, int width, int height, int components, int bits, boolean signed) {
        int[] widths = new int[components];
        int[] heights = new int[components];
        java.util.Arrays.fill(widths, width);
        java.util.Arrays.fill(heights, height);
        return SampleImage.wrap(width, height, bits, signed, readPlanes(file, widths, heights, bits, signed));
    }
}
