package io.healthimaging.codec.dicom.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.TransferSyntax;
import io.healthimaging.codec.testing.DataSetAssertions;
import io.healthimaging.codec.testing.ExternalTool;
import io.healthimaging.codec.testing.Pydicom;
import io.healthimaging.codec.testing.PydicomFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read, write, read again: every element survives (values, VRs, private elements, sequences, character
 * sets), frames too, and the written file is one dcmtk reads without a warning and pydicom reads alike.
 */
class WriterRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /**
     * Writes every file first, so that pydicom (slow to start) reads all copies in one run; then checks each.
     */
    @TestFactory
    Stream<DynamicTest> writtenFilesReadBackUnchanged() throws Exception {
        List<Path> sources = new ArrayList<>(PydicomFiles.withFrames());
        sources.addAll(PydicomFiles.allCharsetFiles());
        List<String> copies = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Path copy = dir.resolve(i + ".dcm");
            write(sources.get(i), copy);
            copies.add(copy.toString());
        }
        String[] summaries = Pydicom.run("summary.py", copies.toArray(String[]::new)).split("\n");
        return java.util.stream.IntStream.range(0, sources.size()).mapToObj(i -> DynamicTest.dynamicTest(
                PydicomFiles.DATA.relativize(sources.get(i)).toString(),
                () -> assertReadsBackUnchanged(sources.get(i), Path.of(copies.get(i)), JSON.readTree(summaries[i]))));
    }

    /** Native sources become Explicit VR Little Endian; encapsulated ones keep their syntax. */
    private static TransferSyntax writtenSyntax(DicomFile file) {
        return file.transferSyntax().encapsulated() ? file.transferSyntax() : TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
    }

    private static void write(Path source, Path written) throws IOException {
        try (DicomFile file = DicomFile.open(source); OutputStream out = Files.newOutputStream(written)) {
            DicomWriter.write(out, file.dataSet(), writtenSyntax(file), file.hasPixelData() ? file.frames() : null);
        }
    }

    private static void assertReadsBackUnchanged(Path source, Path written, JsonNode pydicomSummary) throws Exception {
        TransferSyntax syntax;
        List<byte[]> frames = new ArrayList<>();
        DataSet original;
        try (DicomFile file = DicomFile.open(source)) {
            syntax = writtenSyntax(file);
            original = file.dataSet();
            for (int i = 0; i < file.numberOfFrames(); i++) {
                frames.add(file.frame(i));
            }
        }
        try (DicomFile copy = DicomFile.open(written)) {
            assertEquals(syntax, copy.transferSyntax());
            assertEquals(DicomWriter.IMPLEMENTATION_CLASS_UID,
                    copy.fileMetaInformation().string(Tag.IMPLEMENTATION_CLASS_UID).orElseThrow());
            DataSetAssertions.assertSameElements(original, copy.dataSet(), source.getFileName().toString());
            assertEquals(frames.size(), copy.numberOfFrames());
            for (int i = 0; i < frames.size(); i++) {
                assertArrayEquals(padded(frames.get(i), syntax), copy.frame(i), "frame " + i);
            }
            assertMetaGroupLengthIsExact(written);
            assertDcmdumpReadsWithoutWarnings(written);
            assertPydicomReadsTheSame(pydicomSummary, copy);
        }
    }

    /** An encapsulated frame becomes one fragment, padded to even length. */
    private static byte[] padded(byte[] frame, TransferSyntax syntax) {
        return syntax.encapsulated() && frame.length % 2 == 1 ? java.util.Arrays.copyOf(frame, frame.length + 1) : frame;
    }

    private static void assertMetaGroupLengthIsExact(Path written) throws IOException {
        byte[] bytes = Files.readAllBytes(written);
        long groupLength = (bytes[140] & 0xFF) | (bytes[141] & 0xFF) << 8 | (bytes[142] & 0xFF) << 16
                | (long) (bytes[143] & 0xFF) << 24;
        int end = 144 + (int) groupLength;
        assertTrue(bytes[end] != 0x02 || bytes[end + 1] != 0x00, "the meta group ends where its length says");
        assertEquals(0x02, bytes[end - (int) groupLength] & 0xFF);
        int at = 144;
        while (at < bytes.length && bytes[at] == 0x02 && bytes[at + 1] == 0x00) {
            boolean longLength = bytes[at + 4] == 'O' && bytes[at + 5] == 'B';
            at += longLength ? 12 + ((bytes[at + 8] & 0xFF) | (bytes[at + 9] & 0xFF) << 8)
                    : 8 + ((bytes[at + 6] & 0xFF) | (bytes[at + 7] & 0xFF) << 8);
        }
        assertEquals(end, at, "meta group length");
    }

    private static void assertDcmdumpReadsWithoutWarnings(Path written) {
        ExternalTool.Result result = ExternalTool.run("dcmdump", "+L", written.toString());
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("", result.stderr().trim(), "dcmdump warnings");
    }

    private static void assertPydicomReadsTheSame(JsonNode summary, DicomFile copy) throws Exception {
        assertEquals(copy.transferSyntax().uid(), summary.get("transferSyntax").asText());
        assertEquals(DicomWriter.IMPLEMENTATION_CLASS_UID, summary.get("implementationClass").asText());
        DataSet dataSet = copy.dataSet();
        assertEquals(dataSet.size(), summary.get("elements").asInt());
        assertEquals(dataSet.string(Tag.SOP_INSTANCE_UID).orElse(""), summary.get("sopInstance").asText());
        assertEquals(dataSet.string(Tag.SOP_INSTANCE_UID).orElse(""), summary.get("mediaStorageInstance").asText(),
                "Media Storage SOP Instance UID");
        // pydicom leaves out empty trailing component groups of a person name.
        assertEquals(dataSet.string(Tag.of(0x0010, 0x0010)).orElse("").replaceAll("=+$", ""),
                summary.get("patientName").asText());
        if (summary.has("frameLengths")) {
            for (int i = 0; i < copy.numberOfFrames(); i++) {
                assertEquals(copy.frame(i).length, summary.get("frameLengths").get(i).asInt(), "frame " + i);
            }
        }
        if (summary.has("pixelDataLength")) {
            long frameBytes = 0;
            for (int i = 0; i < copy.numberOfFrames(); i++) {
                frameBytes += copy.frame(i).length;
            }
            assertTrue(summary.get("pixelDataLength").asLong() >= frameBytes);
        }
    }
}
