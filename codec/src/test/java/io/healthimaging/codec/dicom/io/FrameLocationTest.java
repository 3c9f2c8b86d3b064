package io.healthimaging.codec.dicom.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthimaging.codec.dicom.BinaryValues;
import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.DicomElement;
import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.TransferSyntax;
import io.healthimaging.codec.dicom.VR;
import io.healthimaging.codec.testing.TestDataSets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How frames are found among fragments of encapsulated Pixel Data: through the Extended Offset Table, the
 * Basic Offset Table, or codestream start markers; and elements after Pixel Data.
 */
class FrameLocationTest {
    private static final byte[] SOI = {(byte) 0xFF, (byte) 0xD8};

    @TempDir
    Path dir;

    @Test
    void extendedOffsetTableSaysWhereFramesStart() throws Exception {
        byte[] a = bytes(1, 2, 3, 4);
        byte[] b = bytes(5, 6);
        byte[] c = bytes(7, 8);
        DataSet dataSet = image(2);
        dataSet.put(DicomElement.ofBytes(Tag.EXTENDED_OFFSET_TABLE, VR.OV, BinaryValues.ofU64(0, 12)));
        dataSet.put(DicomElement.ofBytes(Tag.EXTENDED_OFFSET_TABLE_LENGTHS, VR.OV, BinaryValues.ofU64(4, 20)));
        dataSet.put(DicomElement.ofFragments(Tag.PIXEL_DATA, VR.OB, List.of(new byte[0], a, b, c)));
        assertFrames(write(dataSet), bytes(1, 2, 3, 4), bytes(5, 6, 7, 8));
    }

    @Test
    void basicOffsetTableGroupsFragmentsIntoFrames() throws Exception {
        DataSet dataSet = image(2);
        byte[] table = BinaryValues.ofU32(0, 20);
        dataSet.put(DicomElement.ofFragments(Tag.PIXEL_DATA, VR.OB,
                List.of(table, bytes(1, 2), bytes(3, 4), bytes(5, 6))));
        assertFrames(write(dataSet), bytes(1, 2, 3, 4), bytes(5, 6));
    }

    @Test
    void withoutOffsetTableCodestreamMarkersStartFrames() throws Exception {
        DataSet dataSet = image(2);
        dataSet.put(DicomElement.ofFragments(Tag.PIXEL_DATA, VR.OB, List.of(new byte[0],
                concat(SOI, bytes(1, 1)), bytes(2, 2), concat(SOI, bytes(3, 3)), bytes(4, 4), bytes(5, 5))));
        assertFrames(write(dataSet), concat(SOI, bytes(1, 1, 2, 2)), concat(SOI, bytes(3, 3, 4, 4, 5, 5)));
    }

    @Test
    void elementsAfterPixelDataJoinTheStreamedDataSetAfterTheLastFrame() throws Exception {
        DataSet dataSet = image(1);
        dataSet.put(DicomElement.ofBytes(Tag.of(0xFFFC, 0xFFFC), VR.OB, new byte[6]));
        Path file = dir.resolve("trailing.dcm");
        try (var out = Files.newOutputStream(file)) {
            DicomWriter.write(out, dataSet, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                    Frames.of(List.of(new byte[4])));
        }
        try (DicomFile read = DicomFile.open(file)) {
            assertTrue(read.dataSet().contains(Tag.of(0xFFFC, 0xFFFC)));
        }
        try (DicomStream stream = DicomStream.open(Files.newInputStream(file))) {
            assertFalse(stream.dataSet().contains(Tag.of(0xFFFC, 0xFFFC)));
            assertArrayEquals(new byte[4], stream.nextFrame());
            assertTrue(stream.dataSet().contains(Tag.of(0xFFFC, 0xFFFC)));
            assertNull(stream.nextFrame());
        }
    }

    /** A 2x2 8-bit image with {@code frames} frames, the Pixel Data left to the caller. */
    private static DataSet image(int frames) {
        return TestDataSets.monochrome(2, 2, 8, frames);
    }

    /** Writes a data set whose Pixel Data is held as fragments, in JPEG Baseline. */
    private Path write(DataSet dataSet) throws IOException {
        Path file = dir.resolve("encapsulated.dcm");
        try (var out = Files.newOutputStream(file)) {
            DicomWriter.write(out, dataSet, TransferSyntax.JPEG_BASELINE_8BIT, null);
        }
        return file;
    }

    private static void assertFrames(Path file, byte[]... expected) throws IOException {
        try (DicomFile read = DicomFile.open(file)) {
            assertEquals(expected.length, read.numberOfFrames());
            for (int i = 0; i < expected.length; i++) {
                assertArrayEquals(expected[i], read.frame(i), "frame " + i);
                assertEquals(expected[i].length, read.frameLength(i));
            }
        }
        try (DicomStream stream = DicomStream.open(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            for (int i = 0; i < expected.length; i++) {
                assertArrayEquals(expected[i], stream.nextFrame(), "streamed frame " + i);
            }
            assertNull(stream.nextFrame());
        }
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

}
