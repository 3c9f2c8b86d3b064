package io.healthimaging.codec.dicom.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthimaging.codec.dicom.DicomException;
import io.healthimaging.codec.dicom.ImportFailure;
import io.healthimaging.codec.dicom.InvalidElementException;
import io.healthimaging.codec.dicom.InvalidPixelDataException;
import io.healthimaging.codec.dicom.MissingTransferSyntaxException;
import io.healthimaging.codec.dicom.NotDicomException;
import io.healthimaging.codec.dicom.TruncatedDicomException;
import io.healthimaging.codec.testing.PydicomFiles;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every file pydicom ships either reads completely, frames included, or fails with the failure it should. */
class PydicomTestFilesTest {
    private static final Map<String, Class<? extends DicomException>> BROKEN = Map.ofEntries(
            Map.entry("README.txt", NotDicomException.class),
            Map.entry("dicomdirtests/README.txt", NotDicomException.class),
            Map.entry("dicomdirtests/TINY_ALPHA/README", NotDicomException.class),
            Map.entry("rtplan.dump", NotDicomException.class),
            Map.entry("rtstruct.dump", NotDicomException.class),
            Map.entry("test1.json", NotDicomException.class),
            Map.entry("test_PN.json", NotDicomException.class),
            Map.entry("zipMR.gz", NotDicomException.class),
            // A stray byte before the data set: no tag is where one belongs (dcmdump fails on it too).
            Map.entry("no_meta.dcm", NotDicomException.class),
            Map.entry("rtstruct.dcm", MissingTransferSyntaxException.class),
            // Items of the last directory record declare lengths that run past the end of the file.
            Map.entry("dicomdirtests/DICOMDIR-nooffset", InvalidElementException.class),
            Map.entry("ExplVR_BigEndNoMeta.dcm", MissingTransferSyntaxException.class),
            Map.entry("ExplVR_LitEndNoMeta.dcm", MissingTransferSyntaxException.class),
            Map.entry("meta_missing_tsyntax.dcm", MissingTransferSyntaxException.class),
            Map.entry("MR_truncated.dcm", TruncatedDicomException.class),
            Map.entry("rtplan_truncated.dcm", TruncatedDicomException.class));

    /** Files whose data set reads but whose Pixel Data cannot be split into frames. */
    private static final Map<String, Class<? extends DicomException>> FRAMELESS = Map.of(
            // Pixel Data without any Image Pixel module attribute.
            "nested_priv_SQ.dcm", InvalidPixelDataException.class);

    @TestFactory
    Stream<DynamicTest> everyFileReadsOrFailsWithItsImportFailure() {
        return PydicomFiles.allTestFiles().stream().map(path -> {
            String name = PydicomFiles.TEST_FILES.relativize(path).toString();
            Class<? extends DicomException> expected = BROKEN.get(name);
            if (FRAMELESS.containsKey(name)) {
                return DynamicTest.dynamicTest(name, () -> readsWithoutFrames(path, FRAMELESS.get(name)));
            }
            return DynamicTest.dynamicTest(name, expected == null
                    ? () -> readsFramesTheSameBothWays(path)
                    : () -> failsWith(path, expected));
        });
    }

    private static void readsFramesTheSameBothWays(Path path) throws Exception {
        List<byte[]> random = new ArrayList<>();
        try (DicomFile file = DicomFile.open(path)) {
            assertFalse(file.dataSet().isEmpty());
            for (int i = 0; i < file.numberOfFrames(); i++) {
                random.add(file.frame(i));
            }
        }
        try (InputStream in = Files.newInputStream(path);
                DicomStream stream = DicomStream.open(in, Files.size(path), ReadLimits.DEFAULT)) {
            for (byte[] frame : random) {
                assertArrayEquals(frame, stream.nextFrame());
            }
            assertNull(stream.nextFrame());
        }
    }

    private static void readsWithoutFrames(Path path, Class<? extends DicomException> expected) throws Exception {
        try (DicomFile file = DicomFile.open(path)) {
            assertTrue(file.hasPixelData());
            assertThrows(expected, file::numberOfFrames);
        }
    }

    private static void failsWith(Path path, Class<? extends DicomException> expected) {
        DicomException failure = assertThrows(expected, () -> DicomFile.open(path).close());
        ImportFailure entry = failure.importFailure();
        assertEquals("ValidationException", entry.exceptionType());
        if (expected == NotDicomException.class) {
            assertEquals("DICOM attributes does not exist", entry.message());
        }
        if (expected == MissingTransferSyntaxException.class) {
            assertEquals("DICOM attribute TransferSyntaxUID does not exist", entry.message());
        }
        assertThrows(expected, () -> {
            try (InputStream in = Files.newInputStream(path)) {
                DicomStream stream = DicomStream.open(in);
                while (stream.nextFrame() != null) {
                    // drain: a truncated stream may only show it in its frames
                }
            }
        });
    }
}
