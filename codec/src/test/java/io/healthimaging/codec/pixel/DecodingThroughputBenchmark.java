package io.healthimaging.codec.pixel;

import io.healthimaging.codec.pixel.reference.Conversion;
import io.healthimaging.codec.pixel.reference.CrossCheck;
import io.healthimaging.codec.pixel.reference.DumpedFile;
import io.healthimaging.codec.pixel.reference.Pydicom;
import io.healthimaging.codec.pixel.reference.ReferenceTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Decode throughput per syntax, as a ratio to the command line decoder that decodes the same file in the same run
 * (dcmtk for native, RLE, JPEG and JPEG-LS; gdcm, that is OpenJPEG, for JPEG 2000). The command line figure
 * includes process start-up and file input and output, so the files hold 12 frames of 512 x 512 to keep that
 * overhead small. After warm-up the two sides run alternately, so that load from other processes on the machine
 * weighs on both alike, and each is reported as the median of its runs.
 */
@Tag("benchmark")
class DecodingThroughputBenchmark {
    private static final Path WORK = Path.of("target/pixel-benchmark");
    private static final int FRAMES = 12;
    private static final int RUNS = 9;
    /** Decodes of the whole file before timing, enough for the JIT to compile the hot loops fully. */
    private static final int WARM_UP = 15;

    @Test
    void measuresDecodingAgainstTheCommandLineDecoders() throws Exception {
        Path sources = WORK.resolve("sources");
        Path grey = Pydicom.synthetic(sources, 512, 512, 1, 16, 12, false, "MONOCHROME2", 0, FRAMES);
        Path rgb = Pydicom.synthetic(sources, 512, 512, 3, 8, 8, false, "RGB", 0, FRAMES);
        String[] dcmdjpeg = {"dcmdjpeg", "{in}", "{out}"};
        String[] dcmdjpls = {"dcmdjpls", "{in}", "{out}"};
        String[] gdcmRaw = {"gdcmconv", "--raw", "{in}", "{out}"};
        List<Conversion> cases = List.of(
                Conversion.encoded("native-grey-16", grey, List.of("dcmconv", "+ti", "{in}", "{out}"),
                        "dcmconv", "+te", "{in}", "{out}"),
                Conversion.encoded("rle-grey-16", grey, List.of("dcmcrle", "{in}", "{out}"), "dcmdrle", "{in}",
                        "{out}"),
                Conversion.encoded("rle-rgb-8", rgb, List.of("dcmcrle", "{in}", "{out}"), "dcmdrle", "{in}",
                        "{out}"),
                Conversion.encoded("jpeg-baseline-rgb-422", rgb, List.of("dcmcjpeg", "+eb", "{in}", "{out}"),
                        dcmdjpeg),
                Conversion.encoded("jpeg-extended-grey-12", grey, List.of("dcmcjpeg", "+ee", "{in}", "{out}"),
                        dcmdjpeg),
                Conversion.encoded("jpeg-lossless-sv1-grey-16", grey, List.of("dcmcjpeg", "+e1", "{in}", "{out}"),
                        dcmdjpeg),
                Conversion.encoded("jpeg-lossless-sv1-rgb-8", rgb, List.of("dcmcjpeg", "+e1", "{in}", "{out}"),
                        dcmdjpeg),
                Conversion.encoded("jpeg-ls-lossless-grey-16", grey, List.of("dcmcjpls", "{in}", "{out}"),
                        dcmdjpls),
                Conversion.encoded("jpeg-ls-near-2-rgb-8", rgb, List.of("dcmcjpls", "+en", "+md", "2", "{in}",
                        "{out}"), dcmdjpls),
                Conversion.encoded("jpeg-2000-lossless-grey-16", grey, List.of("gdcmconv", "--j2k", "{in}",
                        "{out}"), gdcmRaw),
                Conversion.encoded("jpeg-2000-lossless-rgb-8", rgb, List.of("gdcmconv", "--j2k", "{in}", "{out}"),
                        gdcmRaw),
                Conversion.encoded("jpeg-2000-irreversible-rgb-8", rgb, List.of("gdcmconv", "--j2k",
                        "--irreversible", "{in}", "{out}"), gdcmRaw));
        Map<String, CrossCheck.Prepared> prepared = ReferenceTest.prepare(WORK, cases);
        StringBuilder table = new StringBuilder(String.format("%n%-30s %12s %12s %14s%n", "case (12 x 512 x 512)",
                "ours ms", "reference ms", "reference/ours"));
        for (Conversion c : cases) {
            DumpedFile encoded = prepared.get(c.name()).encoded();
            assertEquals(FRAMES, encoded.frames().size());
            Path encodedFile = WORK.resolve(c.name()).resolve("encoded.dcm");
            Path output = WORK.resolve(c.name()).resolve("timed.dcm");
            List<String> command = new ArrayList<>();
            for (String part : c.reference()) {
                command.add(part.replace("{in}", encodedFile.toString()).replace("{out}", output.toString()));
            }
            for (int warmUp = 0; warmUp < WARM_UP; warmUp++) {
                decodeAll(encoded);
            }
            CrossCheck.run(command);
            double[] oursTimes = new double[RUNS];
            double[] referenceTimes = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                oursTimes[run] = millis(() -> decodeAll(encoded));
                referenceTimes[run] = millis(() -> CrossCheck.run(command));
            }
            double ours = median(oursTimes);
            double reference = median(referenceTimes);
            table.append(String.format("%-30s %12.1f %12.1f %14.2f%n", c.name(), ours, reference, reference / ours));
        }
        System.out.println(table);
    }

    /**
     * HTJ2K has no DICOM command line decoder here, so one large frame is decoded from a bare codestream by
     * OpenJPH's ojph_expand and OpenJPEG's opj_decompress, against this project's decoder behind the frame decoder.
     * There is no reference output to prepare, so the preparation's reference step only copies the file.
     */
    @Test
    void measuresHtj2kAgainstOpenJphAndOpenJpeg() throws Exception {
        Path sources = WORK.resolve("sources");
        Path grey = Pydicom.synthetic(sources, 2048, 2048, 1, 16, 12, false, "MONOCHROME2", 0, 1);
        Path rgb = Pydicom.synthetic(sources, 1024, 1024, 3, 8, 8, false, "RGB", 0, 1);
        String[] copy = {"cp", "{in}", "{out}"};
        List<Conversion> cases = List.of(
                Conversion.encoded("htj2k-reversible-grey-12-2048", grey,
                        htj2k("1.2.840.10008.1.2.4.201", "-reversible", "true"), copy),
                Conversion.encoded("htj2k-reversible-rct-rgb-1024", rgb,
                        htj2k("1.2.840.10008.1.2.4.201", "-reversible", "true"), copy),
                Conversion.encoded("htj2k-irreversible-grey-12-2048", grey,
                        htj2k("1.2.840.10008.1.2.4.203", "-qstep", "0.001"), copy));
        Map<String, CrossCheck.Prepared> prepared = ReferenceTest.prepare(WORK, cases);
        StringBuilder table = new StringBuilder(String.format("%n%-34s %9s %12s %14s %12s %14s%n",
                "case (one frame)", "ours ms", "ojph_expand", "ojph/ours", "opj_decomp.", "opj/ours"));
        for (Conversion c : cases) {
            DumpedFile encoded = prepared.get(c.name()).encoded();
            Path codestream = WORK.resolve(c.name()).resolve("frame.j2c");
            Files.write(codestream, encoded.frames().get(0));
            String output = WORK.resolve(c.name()).resolve("frame").toString();
            List<String> ojph = List.of("ojph_expand", "-i", codestream.toString(), "-o",
                    output + (encoded.description().samplesPerPixel() == 3 ? ".ppm" : ".yuv"));
            List<String> opj = List.of("opj_decompress", "-quiet", "-i", codestream.toString(), "-o", output + ".pgx");
            for (int warmUp = 0; warmUp < WARM_UP; warmUp++) {
                decodeAll(encoded);
            }
            double[] ours = new double[RUNS];
            double[] ojphTimes = new double[RUNS];
            double[] opjTimes = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                ours[run] = millis(() -> decodeAll(encoded));
                ojphTimes[run] = millis(() -> CrossCheck.run(ojph));
                opjTimes[run] = millis(() -> CrossCheck.run(opj));
            }
            double o = median(ours);
            table.append(String.format("%-34s %9.1f %12.1f %14.2f %12.1f %14.2f%n", c.name(), o, median(ojphTimes),
                    median(ojphTimes) / o, median(opjTimes), median(opjTimes) / o));
        }
        System.out.println(table);
    }

    private static List<String> htj2k(String transferSyntax, String... options) {
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", "src/test/resources/python/ojph_dicom.py",
                transferSyntax, "{in}", "{out}"));
        command.addAll(List.of(options));
        return command;
    }

    private static void decodeAll(DumpedFile file) throws PixelDataException {
        FrameDecoder decoder = PixelDecoders.forTransferSyntax(file.transferSyntax());
        for (byte[] frame : file.frames()) {
            decoder.decode(frame, file.description());
        }
    }

    private interface Run {
        void run() throws Exception;
    }

    private static double millis(Run run) throws Exception {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
