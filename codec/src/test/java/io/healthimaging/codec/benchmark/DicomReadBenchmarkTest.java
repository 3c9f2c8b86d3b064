package io.healthimaging.codec.benchmark;

import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.TransferSyntax;
import io.healthimaging.codec.dicom.io.DicomFile;
import io.healthimaging.codec.dicom.io.DicomStream;
import io.healthimaging.codec.dicom.io.DicomWriter;
import io.healthimaging.codec.dicom.io.Frames;
import io.healthimaging.codec.testing.ExternalTool;
import io.healthimaging.codec.testing.PydicomFiles;
import io.healthimaging.codec.testing.TestDataSets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parse throughput of the reader, metadata only and with every frame, against dcmtk's dcmdump reading the
 * same files in the same run (dcmdump -M skips long values, +M loads them). Run with
 * {@code mvn -Pbenchmark -pl codec -am verify}; figures go to standard output.
 */
@org.junit.jupiter.api.Tag("benchmark")
class DicomReadBenchmarkTest {
    private static final int ROUNDS = 5;

    @Test
    void parseThroughputAgainstDcmdump(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        files.addAll(PydicomFiles.withFrames());
        files.add(largeMultiFrame(dir.resolve("ct-100x512x512.dcm")));
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        warmUp(files);
        long metadata = best(() -> {
            for (Path file : files) {
                DicomFile.open(file).close();
            }
        });
        long allFrames = best(() -> {
            for (Path file : files) {
                try (DicomFile dicom = DicomFile.open(file)) {
                    for (int i = 0; i < dicom.numberOfFrames(); i++) {
                        dicom.frame(i);
                    }
                }
            }
        });
        long streamed = best(() -> {
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file);
                        DicomStream stream = DicomStream.open(in)) {
                    while (stream.nextFrame() != null) {
                        // every frame
                    }
                }
            }
        });
        long dcmdumpShort = best(() -> dcmdump(files, "-M"));
        long dcmdumpAll = best(() -> dcmdump(files, "+M"));
        System.out.printf("DICOM read benchmark: %d files, %.1f MB, best of %d rounds%n", files.size(),
                bytes / 1e6, ROUNDS);
        report("metadata only (DicomFile.open)", metadata, bytes, files.size(), dcmdumpShort, "dcmdump -M");
        report("all frames, random access (DicomFile.frame)", allFrames, bytes, files.size(), dcmdumpAll,
                "dcmdump +M");
        report("all frames, one pass (DicomStream)", streamed, bytes, files.size(), dcmdumpAll, "dcmdump +M");
        System.out.printf("  reference: dcmdump -M %.1f MB/s, dcmdump +M %.1f MB/s (one dcmdump process over all "
                + "files, its listing drained and discarded)%n", mbPerSecond(bytes, dcmdumpShort),
                mbPerSecond(bytes, dcmdumpAll));
    }

    private static void report(String what, long nanos, long bytes, int files, long referenceNanos,
            String reference) {
        System.out.printf("  %-46s %8.1f MB/s %8.0f files/s  %5.1fx the speed of %s%n", what,
                mbPerSecond(bytes, nanos), files / (nanos / 1e9), (double) referenceNanos / nanos, reference);
    }

    private static double mbPerSecond(long bytes, long nanos) {
        return bytes / 1e6 / (nanos / 1e9);
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long best(Work work) throws Exception {
        long best = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    private static void warmUp(List<Path> files) throws IOException {
        for (int round = 0; round < 3; round++) {
            for (Path file : files) {
                try (DicomFile dicom = DicomFile.open(file)) {
                    for (int i = 0; i < dicom.numberOfFrames(); i++) {
                        dicom.frame(i);
                    }
                }
            }
        }
    }

    /** dcmdump in a few processes over all files, as one would run it over a directory. */
    private static void dcmdump(List<Path> files, String loading) {
        List<String> command = new ArrayList<>(List.of("dcmdump", "-q", loading));
        files.forEach(file -> command.add(file.toString()));
        ExternalTool.run(command);
    }

    /** A 100-frame 512x512 16-bit image (52 MB) of noise, so that pixel data dominates. */
    private static Path largeMultiFrame(Path file) throws IOException {
        DataSet dataSet = TestDataSets.monochrome(512, 512, 16, 100);
        byte[] frame = new byte[512 * 512 * 2];
        new Random(1).nextBytes(frame);
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            frames.add(frame);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            DicomWriter.write(out, dataSet, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, Frames.of(frames));
        }
        return file;
    }
}
