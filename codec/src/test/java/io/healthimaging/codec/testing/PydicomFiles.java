package io.healthimaging.codec.testing;

import io.healthimaging.codec.dicom.io.DicomFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The real DICOM files Debian's python3-pydicom ships (installed by CI). */
public final class PydicomFiles {
    public static final Path DATA = Path.of("/usr/lib/python3/dist-packages/pydicom/data");
    public static final Path TEST_FILES = DATA.resolve("test_files");
    public static final Path CHARSET_FILES = DATA.resolve("charset_files");

    private PydicomFiles() {
    }

    public static Path testFile(String name) {
        Path path = TEST_FILES.resolve(name);
        if (!Files.isRegularFile(path)) {
            throw new AssertionError(path + " is missing: install python3-pydicom");
        }
        return path;
    }

    public static Path charsetFile(String name) {
        Path path = CHARSET_FILES.resolve(name);
        if (!Files.isRegularFile(path)) {
            throw new AssertionError(path + " is missing: install python3-pydicom");
        }
        return path;
    }

    /** Every file under test_files, recursively, in a stable order. */
    public static List<Path> allTestFiles() {
        return filesUnder(TEST_FILES, "");
    }

    /** The test files our reader opens and whose Pixel Data (if any) splits into frames. */
    public static List<Path> withFrames() {
        return allTestFiles().stream().filter(PydicomFiles::hasFrames).collect(Collectors.toList());
    }

    private static boolean hasFrames(Path path) {
        try (DicomFile file = DicomFile.open(path)) {
            file.numberOfFrames();
            return true;
        } catch (IOException notUsable) {
            return false;
        }
    }

    /** The DICOM files of charset_files, each declaring another Specific Character Set. */
    public static List<Path> allCharsetFiles() {
        return filesUnder(CHARSET_FILES, ".dcm");
    }

    private static List<Path> filesUnder(Path directory, String suffix) {
        if (!Files.isDirectory(directory)) {
            throw new AssertionError(directory + " is missing: install python3-pydicom");
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
