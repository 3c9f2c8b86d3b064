package io.healthimaging.codec.htj2k;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.testing.ExternalTool;
import io.healthimaging.codec.testing.OpenJph;
import io.healthimaging.codec.testing.TestImages;
import io.healthimaging.codec.testing.TestImages.Content;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Single-threaded encode and decode times and compressed sizes against OpenJPH on the same frames,
 * reported as ratios. OpenJPH's times are the "Elapsed time" ojph_compress and ojph_expand print,
 * which the tools measure around the coding itself (reading the input and writing the output file
 * included), so process start-up does not count. Ours are in-memory, after a few seconds of JIT
 * warm-up, per frame over a batch of consecutive frames (the emulator codes frames in streams). Runs
 * of both alternate, so load from other processes on this shared machine falls on both alike; each
 * figure is the median of {@value #RUNS} rounds.
 */
@Tag("benchmark")
class Htj2kBenchmarkTest {
    private static final int RUNS = 15;
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long BATCH_NANOS = 200_000_000L;
    private static final Pattern ELAPSED = Pattern.compile("Elapsed time = ([0-9.eE+-]+)");

    @TempDir
    Path directory;

    @Test
    void encodeAndDecodeAgainstOpenJph() throws IOException {
        List<Frame> frames = List.of(
                new Frame("CT 512x512, 16-bit with 12 bits stored", TestImages.of(Content.ANATOMY, 512, 512, 1, 12,
                        false, 81)),
                new Frame("RGB 640x480, 8-bit", TestImages.of(Content.ANATOMY, 640, 480, 3, 8, false, 82)),
                new Frame("radiograph 2048x2048, 12-bit", TestImages.of(Content.ANATOMY, 2048, 2048, 1, 12, false,
                        83)));
        StringBuilder report = new StringBuilder(String.format("%n%-40s %12s %12s %12s%n", "frame",
                "encode/ojph", "decode/ojph", "size/ojph"));
        for (Frame frame : frames) {
            SampleImage image = frame.image();
            int levels = Htj2kEncoder.automaticLevels(image.width(), image.height());
            Htj2kEncoder encoder = new Htj2kEncoder();
            Htj2kDecoder decoder = new Htj2kDecoder();
            byte[] ours = encoder.encode(image);
            assertEquals(image, decoder.decode(ours));
            for (long end = System.nanoTime() + WARM_UP_NANOS; System.nanoTime() < end; ) {
                decoder.decode(encoder.encode(image));
            }

            Path reference = OpenJph.compress(image, directory, "reference", "-reversible", "true", "-num_decomps",
                    Integer.toString(levels));
            Path input = directory.resolve(image.components() == 1 ? "reference.pgm" : "reference.ppm");
            Path expanded = directory.resolve(image.components() == 1 ? "expanded.pgm" : "expanded.ppm");
            double[] encode = new double[RUNS];
            double[] decode = new double[RUNS];
            double[] ojphEncode = new double[RUNS];
            double[] ojphDecode = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                encode[run] = secondsPerRun(() -> encoder.encode(image));
                ojphEncode[run] = elapsed(ExternalTool.run(directory, "ojph_compress", "-i", input.toString(), "-o",
                        reference.toString(), "-reversible", "true", "-num_decomps", Integer.toString(levels)));
                decode[run] = secondsPerRun(() -> decoder.decode(ours));
                ojphDecode[run] = elapsed(ExternalTool.run(directory, "ojph_expand", "-i", reference.toString(),
                        "-o", expanded.toString()));
            }
            double sizeRatio = (double) ours.length / Files.size(reference);
            report.append(String.format("%-40s %12.2f %12.2f %12.4f%n", frame.name(),
                    median(encode) / median(ojphEncode), median(decode) / median(ojphDecode), sizeRatio));
            report.append(String.format("%-40s %9.2f ms %9.2f ms %9d B   (ours)%n", "", median(encode) * 1e3,
                    median(decode) * 1e3, ours.length));
            report.append(String.format("%-40s %9.2f ms %9.2f ms %9d B   (OpenJPH)%n", "", median(ojphEncode) * 1e3,
                    median(ojphDecode) * 1e3, Files.size(reference)));
            assertTrue(sizeRatio <= 1.02, frame.name() + ": size ratio " + sizeRatio);
        }
        System.out.println(report);
    }

    private record Frame(String name, SampleImage image) {
    }

    /** Mean time of consecutive runs of {@code work} over a batch of about {@link #BATCH_NANOS}. */
    private static double secondsPerRun(Runnable work) {
        long start = System.nanoTime();
        int runs = 0;
        long now;
        do {
            work.run();
            runs++;
            now = System.nanoTime();
        } while (now - start < BATCH_NANOS);
        return (now - start) / 1e9 / runs;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double elapsed(String output) {
        Matcher m = ELAPSED.matcher(output);
        if (!m.find()) {
            throw new AssertionError("no elapsed time in: " + output);
        }
        return Double.parseDouble(m.group(1));
    }
}
