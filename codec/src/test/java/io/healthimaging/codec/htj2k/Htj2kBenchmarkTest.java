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
 * which their tools measure around the coding itself (file reading and writing included), so process
 * start-up does not count; each figure is the median of several runs, ours after JIT warm-up.
 */
@Tag("benchmark")
class Htj2kBenchmarkTest {
    private static final int RUNS = 9;
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
            double encode = medianSeconds(() -> encoder.encode(image));
            double decode = medianSeconds(() -> decoder.decode(ours));

            Path reference = OpenJph.compress(image, directory, "reference", "-reversible", "true", "-num_decomps",
                    Integer.toString(levels));
            Path input = directory.resolve(image.components() == 1 ? "reference.pgm" : "reference.ppm");
            Path expanded = directory.resolve(image.components() == 1 ? "expanded.pgm" : "expanded.ppm");
            double[] ojphEncode = new double[RUNS];
            double[] ojphDecode = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                ojphEncode[run] = elapsed(ExternalTool.run(directory, "ojph_compress", "-i", input.toString(), "-o",
                        reference.toString(), "-reversible", "true", "-num_decomps", Integer.toString(levels)));
                ojphDecode[run] = elapsed(ExternalTool.run(directory, "ojph_expand", "-i", reference.toString(),
                        "-o", expanded.toString()));
            }
            double sizeRatio = (double) ours.length / Files.size(reference);
            report.append(String.format("%-40s %12.2f %12.2f %12.4f%n", frame.name(), encode / median(ojphEncode),
                    decode / median(ojphDecode), sizeRatio));
            report.append(String.format("%-40s %9.2f ms %9.2f ms %9d B   (ours)%n", "", encode * 1e3, decode * 1e3,
                    ours.length));
            report.append(String.format("%-40s %9.2f ms %9.2f ms %9d B   (OpenJPH)%n", "", median(ojphEncode) * 1e3,
                    median(ojphDecode) * 1e3, Files.size(reference)));
            assertTrue(sizeRatio <= 1.02, frame.name() + ": size ratio " + sizeRatio);
        }
        System.out.println(report);
    }

    private record Frame(String name, SampleImage image) {
    }

    private static double medianSeconds(Runnable work) {
        for (int i = 0; i < 2 * RUNS; i++) {
            work.run();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e9;
        }
        return median(times);
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
