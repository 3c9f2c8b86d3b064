package io.healthimaging.codec.htj2k.block;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throughput of the block coder on a whole 12-bit 2048x2048 frame cut into 64x64 code-blocks with no
 * wavelet decomposition, against OpenJPH 0.9.0 ({@code ojph_compress}/{@code ojph_expand} with
 * {@code -num_decomps 0}, which then do the same block coding) on the same frame, in the same run.
 * OpenJPH's figure is its own "Elapsed time", which also covers reading and writing its files.
 */
@Tag("benchmark")
class HtBlockCoderBenchmark {

    private static final int SIDE = 2048;
    private static final int BLOCK = 64;
    private static final int BIT_DEPTH = 12;
    private static final int ROUNDS = 15;
    private static final Pattern ELAPSED = Pattern.compile("Elapsed time = ([0-9.]+)");

    @TempDir
    Path directory;

    @Test
    void encodeAndDecodeAWholeFrame() throws Exception {
        PgmImage frame = frame();
        int[] coefficients = frame.coefficients();
        int blocks = (SIDE / BLOCK) * (SIDE / BLOCK);
        double megabytes = SIDE * SIDE * 2 / 1e6;

        HtBlockEncoder encoder = new HtBlockEncoder();
        CodedBlock[] coded = new CodedBlock[blocks];
        double encodeSeconds = best(() -> encodeFrame(encoder, coefficients, coded));
        long codedBytes = 0;
        for (CodedBlock block : coded) {
            codedBytes += block.bytes().length;
        }

        HtBlockDecoder decoder = new HtBlockDecoder();
        int[] decoded = new int[coefficients.length];
        double decodeSeconds = best(() -> decodeFrame(decoder, coded, decoded));
        assertArrayEquals(coefficients, decoded);

        Path pgm = directory.resolve("frame.pgm");
        Path codestream = directory.resolve("frame.j2c");
        frame.write(pgm);
        double openJphEncode = Double.MAX_VALUE;
        double openJphDecode = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            openJphEncode = Math.min(openJphEncode, elapsed(ExternalTool.run("ojph_compress", "-i", pgm.toString(),
                    "-o", codestream.toString(), "-num_decomps", "0", "-reversible", "true",
                    "-block_size", "{64,64}")));
            openJphDecode = Math.min(openJphDecode, elapsed(ExternalTool.run("ojph_expand", "-i",
                    codestream.toString(), "-o", directory.resolve("out.pgm").toString())));
        }
        System.out.printf("HT block coder, %dx%d %d-bit frame, %d blocks of %dx%d, %d coded bytes%n", SIDE, SIDE,
                BIT_DEPTH, blocks, BLOCK, BLOCK, codedBytes);
        System.out.printf("  encode: %.1f ms, %.0f blocks/s, %.1f MB/s; OpenJPH %.1f ms; ratio %.2f%n",
                encodeSeconds * 1e3, blocks / encodeSeconds, megabytes / encodeSeconds, openJphEncode * 1e3,
                encodeSeconds / openJphEncode);
        System.out.printf("  decode: %.1f ms, %.0f blocks/s, %.1f MB/s; OpenJPH %.1f ms; ratio %.2f%n",
                decodeSeconds * 1e3, blocks / decodeSeconds, megabytes / decodeSeconds, openJphDecode * 1e3,
                decodeSeconds / openJphDecode);
    }

    private static void encodeFrame(HtBlockEncoder encoder, int[] coefficients, CodedBlock[] coded) {
        int index = 0;
        for (int y = 0; y < SIDE; y += BLOCK) {
            for (int x = 0; x < SIDE; x += BLOCK) {
                coded[index++] = encoder.encode(coefficients, y * SIDE + x, SIDE, BLOCK, BLOCK, BIT_DEPTH);
            }
        }
    }

    private static void decodeFrame(HtBlockDecoder decoder, CodedBlock[] coded, int[] decoded) {
        int index = 0;
        for (int y = 0; y < SIDE; y += BLOCK) {
            for (int x = 0; x < SIDE; x += BLOCK) {
                CodedBlock block = coded[index++];
                decoder.decode(block.bytes(), 0, block.cleanupLength(), block.refinementLength(), block.passCount(),
                        block.missingMsbs(), BIT_DEPTH, BLOCK, BLOCK, decoded, y * SIDE + x, SIDE);
            }
        }
    }

    /** Best of {@link #ROUNDS} timed runs after as many warm-up runs. */
    private static double best(Runnable work) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 2 * ROUNDS; round++) {
            long start = System.nanoTime();
            work.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (round >= ROUNDS) {
                best = Math.min(best, seconds);
            }
        }
        return best;
    }

    private static double elapsed(String output) {
        Matcher matcher = ELAPSED.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no elapsed time in: " + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    /** A smooth 12-bit image with mild noise, like a radiograph. */
    private static PgmImage frame() {
        Random random = new Random(3);
        int[] samples = new int[SIDE * SIDE];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double value = 2048 + 1200 * Math.sin(x / 97.0) * Math.cos(y / 131.0) + random.nextGaussian() * 30;
                samples[y * SIDE + x] = (int) Math.max(0, Math.min(4095, value));
            }
        }
        return new PgmImage(SIDE, SIDE, BIT_DEPTH, samples);
    }
}
