package io.healthimaging.codec.htj2k.block;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntBinaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The block coder against the two independent HTJ2K implementations installed from Debian: OpenJPH 0.9.0
 * ({@code ojph_compress}, {@code ojph_expand}) and OpenJPEG 2.5.0 ({@code opj_decompress}). Each image is
 * one code-block with no wavelet decomposition, so the tools' output is exactly the block coder's work.
 */
class ReferenceCodecInteroperabilityTest {

    @TempDir
    Path directory;

    private final HtBlockEncoder encoder = new HtBlockEncoder();
    private final HtBlockDecoder decoder = new HtBlockDecoder();

    static Stream<Arguments> images() {
        Random random = new Random(42);
        List<Arguments> images = new ArrayList<>();
        int[][] shapes = {{1, 1}, {1, 9}, {9, 1}, {2, 3}, {13, 7}, {4, 4}, {16, 16}, {33, 31}, {64, 64},
            {64, 16}, {16, 64}, {5, 64}, {64, 3}, {128, 32}, {32, 128}, {1024, 4}, {4, 1024}, {1000, 3}};
        for (int[] shape : shapes) {
            images.add(image("noise", shape, 8, (x, y) -> random.nextInt(256)));
        }
        for (int bitDepth : new int[] {2, 12, 16}) {
            int max = (1 << bitDepth) - 1;
            images.add(image("noise", new int[] {33, 31}, bitDepth, (x, y) -> random.nextInt(max + 1)));
            images.add(image("extremes", new int[] {64, 64}, bitDepth, (x, y) -> random.nextBoolean() ? 0 : max));
        }
        images.add(image("ramp", new int[] {64, 64}, 12, (x, y) -> x * 37 + y * 23));
        images.add(image("sparse", new int[] {64, 64}, 16,
                (x, y) -> 32768 + (random.nextInt(20) == 0 ? random.nextInt(65535) - 32767 : 0)));
        images.add(image("flat", new int[] {17, 9}, 8, (x, y) -> 128));
        images.add(image("stripe edges", new int[] {64, 64}, 8,
                (x, y) -> 128 + SigPropPatterns.STRIPE_EDGE[(y & 7) * 8 + (x & 7)]));
        images.add(image("near flat", new int[] {40, 40}, 10, (x, y) -> 512 + random.nextInt(3) - 1));
        return images.stream();
    }

    private static Arguments image(String name, int[] shape, int bitDepth, IntBinaryOperator sample) {
        int[] samples = new int[shape[0] * shape[1]];
        for (int y = 0; y < shape[1]; y++) {
            for (int x = 0; x < shape[0]; x++) {
                samples[y * shape[0] + x] = sample.applyAsInt(x, y);
            }
        }
        return Arguments.of(name + " " + shape[0] + "x" + shape[1] + " " + bitDepth + "-bit",
                new PgmImage(shape[0], shape[1], bitDepth, samples));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void cleanupBlocksWeEncodeDecodeWithOpenJphAndOpenJpeg(String name, PgmImage image) throws Exception {
        CodedBlock block = encoder.encode(image.coefficients(), 0, image.width(), image.width(), image.height(),
                image.bitDepth());
        Path codestream = writeCodestream(image, image.bitDepth(), block, false);
        assertArrayEquals(image.samples(), openJphDecode(codestream).samples(), "ojph_expand");
        assertArrayEquals(image.samples(), openJpegDecode(codestream).samples(), "opj_decompress");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void refinementBlocksWeEncodeDecodeWithOpenJpeg(String name, PgmImage image) throws Exception {
        for (boolean causal : new boolean[] {false, true}) {
            CodedBlock block = encoder.encodeWithRefinement(image.coefficients(), 0, image.width(), image.width(),
                    image.height(), image.bitDepth(), causal);
            if (sigPropCertainlyReachesEveryUnitMagnitude(image)) {
                assertEquals(3, block.passCount());
            }
            Path codestream = writeCodestream(image, image.bitDepth(), block, causal);
            assertArrayEquals(image.samples(), openJpegDecode(codestream).samples(),
                    "opj_decompress, " + block.passCount() + " passes, vertically causal " + causal);
        }
    }

    /**
     * With Mb one below the sample precision, samples 1..2^B-1 use every magnitude bit and the exponent bound
     * U_q reaches its largest legal value, missing MSBs + 2.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void tightestMagnitudeBoundDecodesWithOpenJphAndOpenJpeg(String name, PgmImage image) throws Exception {
        int max = (1 << image.bitDepth()) - 1;
        int[] samples = image.samples().clone();
        for (int i = 0; i < samples.length; i++) {
            samples[i] = Math.max(1, samples[i]);
        }
        samples[0] = max;
        PgmImage tight = new PgmImage(image.width(), image.height(), image.bitDepth(), samples);
        CodedBlock block = encoder.encode(tight.coefficients(), 0, tight.width(), tight.width(), tight.height(),
                tight.bitDepth() - 1);
        Path codestream = writeCodestream(tight, tight.bitDepth() - 1, block, false);
        assertArrayEquals(samples, openJphDecode(codestream).samples(), "ojph_expand");
        assertArrayEquals(samples, openJpegDecode(codestream).samples(), "opj_decompress");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void blocksOpenJphEncodesDecodeWithOurDecoder(String name, PgmImage image) throws Exception {
        Path pgm = directory.resolve("in.pgm");
        Path codestream = directory.resolve("ojph.j2c");
        image.write(pgm);
        // OpenJPH 0.9.0 takes the block size as {width,height} (its help text says height first).
        ExternalTool.run("ojph_compress", "-i", pgm.toString(), "-o", codestream.toString(), "-num_decomps", "0",
                "-reversible", "true", "-block_size",
                "{" + blockSide(image.width()) + "," + blockSide(image.height()) + "}");
        SingleBlockCodestream.Contents contents = SingleBlockCodestream.read(Files.readAllBytes(codestream));
        assertEquals(image.width(), contents.width());
        assertEquals(image.height(), contents.height());
        int[] decoded = new int[image.width() * image.height()];
        int undecoded = decoder.decode(contents.body(), 0, contents.cleanupLength(),
                contents.body().length - contents.cleanupLength(), contents.passCount(), contents.missingMsbs(),
                contents.magnitudeBits(), image.width(), image.height(), decoded, 0, image.width());
        assertEquals(contents.passCount() == 0 ? contents.magnitudeBits() : 0, undecoded);
        assertArrayEquals(image.coefficients(), decoded);
    }

    /**
     * True when the block has a coefficient of magnitude 2 or more and each one of magnitude 1 touches such a
     * coefficient: SigProp then visits every sample the cleanup pass at plane 1 leaves out.
     */
    private static boolean sigPropCertainlyReachesEveryUnitMagnitude(PgmImage image) {
        int[] c = image.coefficients();
        int width = image.width();
        int height = image.height();
        boolean anyLarge = false;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                anyLarge |= Math.abs(c[y * width + x]) >= 2;
                if (Math.abs(c[y * width + x]) != 1) {
                    continue;
                }
                boolean touches = false;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        touches |= nx >= 0 && nx < width && ny >= 0 && ny < height
                                && Math.abs(c[ny * width + nx]) >= 2;
                    }
                }
                if (!touches) {
                    return false;
                }
            }
        }
        return anyLarge;
    }

    private Path writeCodestream(PgmImage image, int magnitudeBits, CodedBlock block, boolean causal)
            throws IOException {
        Path codestream = directory.resolve("ours.j2c");
        Files.write(codestream, SingleBlockCodestream.write(image.width(), image.height(), image.bitDepth(),
                magnitudeBits, block, causal));
        return codestream;
    }

    private PgmImage openJphDecode(Path codestream) throws Exception {
        Path out = directory.resolve("ojph.pgm");
        ExternalTool.run("ojph_expand", "-i", codestream.toString(), "-o", out.toString());
        return PgmImage.read(out);
    }

    private PgmImage openJpegDecode(Path codestream) throws Exception {
        Path out = directory.resolve("opj.pgm");
        String log = ExternalTool.run("opj_decompress", "-i", codestream.toString(), "-o", out.toString());
        assertFalse(log.contains("ERROR") || log.contains("WARNING"), log);
        return PgmImage.read(out);
    }

    private static int blockSide(int size) {
        return Math.max(4, Integer.highestOneBit(size - 1 | 1) << (size > 1 ? 1 : 0));
    }
}
