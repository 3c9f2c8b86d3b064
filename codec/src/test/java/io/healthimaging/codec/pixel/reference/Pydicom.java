package io.healthimaging.codec.pixel.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthimaging.codec.dicom.TransferSyntax;
import io.healthimaging.codec.image.PixelDescription;
import io.healthimaging.codec.image.SampleImage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads DICOM files through pydicom (src/test/resources/python/dicom_frames.py), the stand-in for the DICOM reader. */
public final class Pydicom {
    public static final Path TEST_FILES = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files");
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path DUMP_SCRIPT = Path.of("src/test/resources/python/dicom_frames.py");
    private static final Path SYNTHETIC_SCRIPT = Path.of("src/test/resources/python/synthetic_dicom.py");

    private Pydicom() {
    }

    /** Dumps all {@code files} with one Python run (about a third of a second each run saves). */
    public static List<DumpedFile> dump(Path workDirectory, List<Path> files) {
        try {
            Path out = Files.createTempDirectory(Files.createDirectories(workDirectory), "dump");
            List<String> command = new ArrayList<>(List.of(PYTHON.toString(), DUMP_SCRIPT.toString(), out.toString()));
            files.forEach(f -> command.add(f.toString()));
            CrossCheck.run(command);
            List<DumpedFile> dumped = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                dumped.add(read(out.resolve(Integer.toString(i))));
            }
            return dumped;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DumpedFile dump(Path workDirectory, Path file) {
        return dump(workDirectory, List.of(file)).get(0);
    }

    /** Writes an uncompressed synthetic image (src/test/resources/python/synthetic_dicom.py) unless it exists already. */
    public static Path synthetic(Path directory, int rows, int columns, int samples, int bitsAllocated,
            int bitsStored, boolean signed, String photometric, int planar, int frames) {
        String name = String.format("synthetic-%dx%dx%d-%d-%d%s-%s-pc%d-f%d.dcm", rows, columns, samples,
                bitsAllocated, bitsStored, signed ? "s" : "u", photometric.replace(' ', '_'), planar, frames);
        Path file = directory.resolve(name);
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CrossCheck.run(List.of(PYTHON.toString(), SYNTHETIC_SCRIPT.toString(), file.toString(),
                    Integer.toString(rows), Integer.toString(columns), Integer.toString(samples),
                    Integer.toString(bitsAllocated), Integer.toString(bitsStored), signed ? "1" : "0", photometric,
                    Integer.toString(planar), Integer.toString(frames),
                    Integer.toString(name.hashCode() & 0x7FFF_FFFF)));
        }
        return file;
    }

    private static DumpedFile read(Path directory) throws IOException {
        JsonNode meta = new ObjectMapper().readTree(directory.resolve("meta.json").toFile());
        TransferSyntax ts = TransferSyntax.forUid(meta.get("transferSyntax").asText())
                .orElseThrow(() -> new AssertionError("unknown transfer syntax " + meta.get("transferSyntax")));
        PixelDescription d = new PixelDescription(meta.get("rows").asInt(), meta.get("columns").asInt(),
                meta.get("samplesPerPixel").asInt(), meta.get("bitsAllocated").asInt(),
                meta.get("bitsStored").asInt(), meta.get("highBit").asInt(), meta.get("signed").asBoolean(),
                meta.get("photometricInterpretation").asText(), meta.get("planarConfiguration").asInt(),
                meta.get("numberOfFrames").asInt());
        List<byte[]> frames = new ArrayList<>();
        List<SampleImage> samples = new ArrayList<>();
        for (int n = 0; n < d.numberOfFrames(); n++) {
            frames.add(Files.readAllBytes(directory.resolve("frame-" + n + ".bin")));
            Path samplesFile = directory.resolve("samples-" + n + ".bin");
            if (Files.exists(samplesFile)) {
                samples.add(samples(Files.readAllBytes(samplesFile), d));
            }
        }
        return new DumpedFile(ts, d, frames, samples);
    }

    private static SampleImage samples(byte[] bytes, PixelDescription d) {
        int pixels = d.rows() * d.columns();
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int[][] planes = new int[d.samplesPerPixel()][pixels];
        for (int[] plane : planes) {
            for (int i = 0; i < pixels; i++) {
                plane[i] = buffer.getInt();
            }
        }
        return SampleImage.wrap(d.columns(), d.rows(), d.bitsStored(), d.signed(), planes);
    }
}
