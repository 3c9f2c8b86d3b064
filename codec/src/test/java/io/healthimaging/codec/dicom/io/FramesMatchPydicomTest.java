package io.healthimaging.codec.dicom.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.healthimaging.codec.testing.Pydicom;
import io.healthimaging.codec.testing.PydicomFiles;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The frames our reader hands out equal what pydicom finds in the same files. */
class FramesMatchPydicomTest {

    @ParameterizedTest
    @ValueSource(strings = {"CT_small.dcm", "MR_small.dcm", "MR_small_implicit.dcm", "MR_small_bigendian.dcm",
            "MR_small_expb.dcm", "MR_small_padded.dcm", "liver_1frame.dcm", "liver_expb_1frame.dcm", "rtdose.dcm",
            "rtdose_expb.dcm", "rtdose_1frame.dcm", "rtdose_expb_1frame.dcm", "SC_rgb_small_odd.dcm",
            "ExplVR_BigEnd.dcm", "image_dfl.dcm", "dicomdirtests/77654033/CT2/17106"})
    void nativeFramesAreLittleEndianSamples(String name) throws Exception {
        Path file = PydicomFiles.testFile(name);
        assertFramesEqual(Pydicom.frames("native", file), file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JPEG-lossy.dcm", "JPGExtended.dcm", "JPEG2000.dcm", "MR_small_jp2klossless.dcm",
            "MR_small_jpeg_ls_lossless.dcm", "MR_small_RLE.dcm", "SC_rgb_rle_2frame.dcm", "SC_rgb_rle_16bit_2frame.dcm",
            "SC_rgb_rle_32bit_2frame.dcm", "rtdose_rle.dcm", "JPEG2000-embedded-sequence-delimiter.dcm",
            "SC_rgb_jpeg_dcmtk.dcm", "SC_rgb_small_odd_jpeg.dcm", "693_J2KI.dcm"})
    void encapsulatedFramesAreTheirFragmentsConcatenated(String name) throws Exception {
        Path file = PydicomFiles.testFile(name);
        assertFramesEqual(Pydicom.frames("encapsulated", file), file);
    }

    @Test
    void bitPackedFramesStartAtBitZeroOfTheirFirstByte(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bitpacked.dcm");
        Pydicom.run("bitpacked.py", file.toString());
        List<byte[]> expected = Pydicom.frames("native", file);
        List<byte[]> frames = framesOf(file);
        assertEquals(3, frames.size());
        for (byte[] frame : frames) {
            assertEquals(2, frame.length);
        }
        assertFramesEqual(expected, file);
    }

    @Test
    void subsampledYbrFramesKeepTheirStoredBytes() throws Exception {
        Path file = PydicomFiles.testFile("SC_ybr_full_422_uncompressed.dcm");
        String hex = Pydicom.run("pixel_data.py", file.toString()).trim();
        List<byte[]> frames = framesOf(file);
        assertEquals(1, frames.size());
        assertEquals(hex, java.util.HexFormat.of().formatHex(frames.get(0)));
    }

    /** Compares with pydicom, which gives bit-packed frames as one byte per pixel. */
    private static void assertFramesEqual(List<byte[]> expected, Path file) throws Exception {
        List<byte[]> ours = framesOf(file);
        assertEquals(expected.size(), ours.size(), "frames");
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), comparable(file, ours.get(i), expected.get(i).length), "frame " + i);
        }
        try (InputStream in = Files.newInputStream(file); DicomStream stream = DicomStream.open(in)) {
            for (int i = 0; i < expected.size(); i++) {
                assertArrayEquals(ours.get(i), stream.nextFrame(), "streamed frame " + i);
            }
        }
    }

    private static byte[] comparable(Path file, byte[] frame, int pixels) throws Exception {
        try (DicomFile dicom = DicomFile.open(file)) {
            if (!dicom.transferSyntax().encapsulated() && dicom.pixelDescription().bitsAllocated() == 1) {
                byte[] unpacked = new byte[pixels];
                for (int i = 0; i < pixels; i++) {
                    unpacked[i] = (byte) ((frame[i / 8] >> (i % 8)) & 1);
                }
                return unpacked;
            }
        }
        return frame;
    }

    private static List<byte[]> framesOf(Path file) throws Exception {
        List<byte[]> frames = new ArrayList<>();
        try (DicomFile dicom = DicomFile.open(file)) {
            for (int i = 0; i < dicom.numberOfFrames(); i++) {
                frames.add(dicom.frame(i));
            }
        }
        return frames;
    }
}
