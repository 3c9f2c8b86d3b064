package io.healthimaging.codec.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.healthimaging.codec.htj2k.Htj2kEncoder;
import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.testing.ExternalTool;
import io.healthimaging.codec.testing.OpenJpeg;
import io.healthimaging.codec.testing.TestImages;
import io.healthimaging.codec.testing.TestImages.Content;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Resolution checksums list the documented levels and equal what a client computes: Python's
 * zlib.crc32 over OpenJPEG's decode at each resolution, components interleaved.
 */
class ResolutionChecksumsTest {
    @TempDir
    Path directory;

    static Stream<Arguments> documentedExamples() {
        return Stream.of(
                Arguments.of(640, 480, List.of("160x120", "320x240", "640x480")),
                Arguments.of(512, 375, List.of("256x188", "512x375")),
                Arguments.of(512, 512, List.of("128x128", "256x256", "512x512")));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @MethodSource("documentedExamples")
    void listsTheDocumentedLevelsFromBaseToFullResolution(int width, int height, List<String> expected) {
        SampleImage image = TestImages.of(Content.ANATOMY, width, height, 1, 12, false, width);
        assertEquals(expected, sizes(ResolutionChecksums.of(image)));
        assertEquals(expected, sizes(ResolutionChecksums.of(new Htj2kEncoder().encode(image))));
    }

    @Test
    void smallFramesListOnlyTheirFullResolution() {
        SampleImage image = TestImages.of(Content.GRADIENT, 100, 100, 1, 8, false, 1);
        assertEquals(List.of("100x100"), sizes(ResolutionChecksums.of(image)));
    }

    static Stream<Arguments> frames() {
        return Stream.of(
                Arguments.of("CT 512x512 12-bit", TestImages.of(Content.ANATOMY, 512, 512, 1, 12, false, 3)),
                Arguments.of("signed 16-bit 300x257", TestImages.of(Content.ANATOMY, 300, 257, 1, 16, true, 4)),
                Arguments.of("RGB 8-bit 640x480", TestImages.of(Content.ANATOMY, 640, 480, 3, 8, false, 5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void everyLevelMatchesZlibOverOpenJpegsDecode(String name, SampleImage image) throws IOException {
        byte[] codestream = new Htj2kEncoder().encode(image);
        Path file = directory.resolve("frame.j2c");
        Files.write(file, codestream);
        List<ResolutionChecksum> fromCodestream = ResolutionChecksums.of(codestream);
        assertEquals(fromCodestream, ResolutionChecksums.of(image), "from the original samples");

        ResolutionChecksum full = fromCodestream.get(fromCodestream.size() - 1);
        assertEquals(zlibCrc32(interleave(image.width(), image.height(), image.bitDepth(), image.signed(),
                planesOf(image))), full.checksum(), "full resolution: CRC32 of the original samples");
        for (int i = 0; i < fromCodestream.size(); i++) {
            ResolutionChecksum level = fromCodestream.get(i);
            int discard = fromCodestream.size() - 1 - i;
            int[] widths = new int[image.components()];
            int[] heights = new int[image.components()];
            java.util.Arrays.fill(widths, level.width());
            java.util.Arrays.fill(heights, level.height());
            List<int[]> decoded = OpenJpeg.decode(file, discard, widths, heights);
            long expected = zlibCrc32(interleave(level.width(), level.height(), image.bitDepth(), image.signed(),
                    decoded));
            assertEquals(expected, level.checksum(), "level " + level.width() + "x" + level.height());
        }
    }

    private static List<int[]> planesOf(SampleImage image) {
        return java.util.stream.IntStream.range(0, image.components()).mapToObj(image::plane).toList();
    }

    /** The client buffer built independently: interleaved, 1 or 2 bytes little-endian. */
    private static byte[] interleave(int width, int height, int bits, boolean signed, List<int[]> planes) {
        int bytes = bits <= 8 ? 1 : 2;
        ByteBuffer out = ByteBuffer.allocate(width * height * planes.size() * bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < width * height; i++) {
            for (int[] plane : planes) {
                if (bytes == 1) {
                    out.put((byte) plane[i]);
                } else {
                    out.putShort((short) plane[i]);
                }
            }
        }
        return out.array();
    }

    private long zlibCrc32(byte[] buffer) throws IOException {
        Path file = Files.createTempFile(directory, "buffer", ".bin");
        Files.write(file, buffer);
        String out = ExternalTool.run(directory, "python3", "-c",
                "import sys, zlib; print(zlib.crc32(open(sys.argv[1], 'rb').read()))", file.toString());
        return Long.parseLong(out.trim());
    }

    private static List<String> sizes(List<ResolutionChecksum> checksums) {
        return checksums.stream().map(c -> c.width() + "x" + c.height()).toList();
    }
}
