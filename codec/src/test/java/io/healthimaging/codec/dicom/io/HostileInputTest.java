package io.healthimaging.codec.dicom.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.healthimaging.codec.dicom.DicomException;
import io.healthimaging.codec.dicom.LimitExceededException;
import io.healthimaging.codec.dicom.TruncatedDicomException;
import io.healthimaging.codec.testing.PydicomFiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken and hostile input ends in a {@link DicomException}: never another exception, an
 * OutOfMemoryError or a hang. Surefire runs this class in its own JVM with a 256 MB heap (codec/pom.xml),
 * so an allocation that follows a length claimed by the file rather than the bytes it holds fails the run.
 */
@Tag("hostile-input")
class HostileInputTest {
    /** A Part 10 header (preamble, DICM, meta group) naming {@code syntax}, ready for a data set to follow. */
    private static byte[] part10Header(String syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[128]);
        out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        byte[] uid = (syntax.length() % 2 == 1 ? syntax + "\0" : syntax).getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(new byte[] {2, 0, 0x10, 0, 'U', 'I', (byte) uid.length, 0});
        out.writeBytes(uid);
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MR_small.dcm", "MR_small_bigendian.dcm", "JPEG2000.dcm", "image_dfl.dcm", "rtplan.dcm",
            "SC_rgb_rle_2frame.dcm", "nested_priv_SQ.dcm"})
    void everyTruncationFailsCleanly(String name, @TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(PydicomFiles.testFile(name));
        Path truncated = dir.resolve("truncated.dcm");
        int failures = 0;
        for (int length = 0; length < whole.length; length++) {
            byte[] prefix = Arrays.copyOf(whole, length);
            Files.write(truncated, prefix);
            failures += readsOrFailsCleanly(prefix, truncated) ? 0 : 1;
        }
        assertTrue(failures > whole.length / 2, "most truncations are detected: " + failures);
    }

    @Test
    void randomBytesFailCleanly(@TempDir Path dir) throws Exception {
        Random random = new Random(42);
        Path file = dir.resolve("random.dcm");
        byte[] header = part10Header("1.2.840.10008.1.2.1");
        for (int i = 0; i < 2000; i++) {
            byte[] noise = new byte[random.nextInt(4096)];
            random.nextBytes(noise);
            byte[] bytes = i % 2 == 0 ? noise : concat(header, noise);
            Files.write(file, bytes);
            readsOrFailsCleanly(bytes, file);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"CT_small.dcm", "rtplan.dcm", "JPEG2000.dcm", "SC_rgb_rle_2frame.dcm", "image_dfl.dcm",
            "MR_small_implicit.dcm"})
    void corruptedBytesFailCleanly(String name, @TempDir Path dir) throws Exception {
        byte[] original = Files.readAllBytes(PydicomFiles.testFile(name));
        Random random = new Random(name.hashCode());
        Path file = dir.resolve("corrupt.dcm");
        for (int i = 0; i < 300; i++) {
            byte[] bytes = original.clone();
            for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                bytes[132 + random.nextInt(bytes.length - 132)] = (byte) random.nextInt(256);
            }
            Files.write(file, bytes);
            readsOrFailsCleanly(bytes, file);
        }
    }

    @Test
    void lengthPastTheEndIsTruncationWhenTheSizeIsKnown(@TempDir Path dir) throws Exception {
        byte[] bytes = concat(part10Header("1.2.840.10008.1.2.1"),
                new byte[] {0x09, 0, 0x10, 0x10, 'O', 'B', 0, 0, (byte) 0xF0, (byte) 0xFF, (byte) 0xFF, 0x7F, 1, 2});
        Path file = dir.resolve("long.dcm");
        Files.write(file, bytes);
        TruncatedDicomException failure = assertThrows(TruncatedDicomException.class, () -> DicomFile.open(file));
        assertEquals("DICOM element (0009,1010) needs 2147483632 bytes at byte 172 but the file ends after 2",
                failure.getMessage());
    }

    @Test
    void lengthPastTheEndOfAStreamOfUnknownSizeIsCappedNotAllocated() {
        byte[] bytes = concat(part10Header("1.2.840.10008.1.2.1"),
                new byte[] {0x09, 0, 0x10, 0x10, 'O', 'B', 0, 0, 0x10, 0, 0, 0x10, 1, 2});
        LimitExceededException failure = assertThrows(LimitExceededException.class,
                () -> DicomStream.open(new ByteArrayInputStream(bytes), -1, ReadLimits.DEFAULT));
        assertEquals("DICOM element (0009,1010) of 268435472 bytes exceeds the limit of 268435456 bytes",
                failure.getMessage());
        byte[] underTheCap = concat(part10Header("1.2.840.10008.1.2.1"),
                new byte[] {0x09, 0, 0x10, 0x10, 'O', 'B', 0, 0, 0, 0, 0, 0x0F, 1, 2});
        // 240 MB claimed, 2 bytes present: more than this JVM's heap would be needed to trust the claim.
        assertThrows(TruncatedDicomException.class,
                () -> DicomStream.open(new ByteArrayInputStream(underTheCap), -1, ReadLimits.DEFAULT));
    }

    @Test
    void absurdNestingStopsAtTheDepthLimit() {
        ByteArrayOutputStream dataSet = new ByteArrayOutputStream();
        byte[] sequence = {0x09, 0, 0x10, 0x10, 'S', 'Q', 0, 0, -1, -1, -1, -1};
        byte[] item = {(byte) 0xFE, (byte) 0xFF, 0, (byte) 0xE0, -1, -1, -1, -1};
        for (int i = 0; i < 100_000; i++) {
            dataSet.writeBytes(sequence);
            dataSet.writeBytes(item);
        }
        byte[] bytes = concat(part10Header("1.2.840.10008.1.2.1"), dataSet.toByteArray());
        LimitExceededException failure = assertThrows(LimitExceededException.class,
                () -> DicomStream.open(new ByteArrayInputStream(bytes), bytes.length, ReadLimits.DEFAULT));
        assertEquals("DICOM sequence nesting exceeds 64 levels at element (0009,1010)", failure.getMessage());
    }

    @Test
    void deflateBombStopsAtTheElementLimitWithDefaultLimits() {
        byte[] bomb = concat(part10Header("1.2.840.10008.1.2.1.99"), zerosDeflated(8L << 30));
        LimitExceededException failure = assertThrows(LimitExceededException.class,
                () -> DicomStream.open(new ByteArrayInputStream(bomb), bomb.length, ReadLimits.DEFAULT));
        assertEquals("DICOM data set exceeds 2000000 elements", failure.getMessage());
    }

    @Test
    void deflateBombStopsAtTheInflationLimit() {
        byte[] value = {0x09, 0, 0x10, 0x10, 'O', 'B', 0, 0, 0, 0, 0, 0x0F};
        byte[] deflatedValue = deflate(value);
        byte[] bomb = concat(part10Header("1.2.840.10008.1.2.1.99"), deflatedValue, zerosDeflated(1L << 30));
        ReadLimits limits = ReadLimits.DEFAULT.withMaxInflatedBytes(64 << 20);
        LimitExceededException failure = assertThrows(LimitExceededException.class,
                () -> DicomStream.open(new ByteArrayInputStream(bomb), bomb.length, limits));
        assertEquals("DICOM deflated data set inflates beyond 67108864 bytes", failure.getMessage());
    }

    /**
     * Reads bytes both ways (file and stream, size known and unknown), all frames included. Returns whether
     * they read completely; any exception other than a {@link DicomException} fails the test.
     */
    private static boolean readsOrFailsCleanly(byte[] bytes, Path file) {
        boolean complete = true;
        try (DicomFile dicom = DicomFile.open(file)) {
            for (int i = 0; i < dicom.numberOfFrames(); i++) {
                dicom.frame(i);
            }
        } catch (DicomException expected) {
            complete = false;
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail("random access read of " + bytes.length + " bytes failed with " + e, e);
        }
        for (long length : new long[] {bytes.length, -1}) {
            try (InputStream in = new ByteArrayInputStream(bytes);
                    DicomStream stream = DicomStream.open(in, length, ReadLimits.DEFAULT)) {
                while (stream.nextFrame() != null) {
                    // every frame
                }
            } catch (DicomException expected) {
                complete = false;
            } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
                fail("stream read of " + bytes.length + " bytes (length " + length + ") failed with " + e, e);
            }
        }
        return complete;
    }

    /**
     * Raw deflate of {@code count} zero bytes, built from one compressed megabyte repeated: every block is
     * flushed so no block refers back past its own start.
     */
    private static byte[] zerosDeflated(long count) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[1 << 20]);
        byte[] buffer = new byte[1 << 16];
        int length = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (long i = 0; i < count >> 20; i++) {
            out.write(buffer, 0, length);
        }
        out.writeBytes(new byte[] {3, 0});
        return out.toByteArray();
    }

    /** Raw deflate of {@code bytes}, flushed and not final, so that more blocks may follow. */
    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(bytes);
        byte[] buffer = new byte[bytes.length + 64];
        int length = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
        deflater.end();
        return Arrays.copyOf(buffer, length);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
