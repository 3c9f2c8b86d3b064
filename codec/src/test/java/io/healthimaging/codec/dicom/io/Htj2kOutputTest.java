package io.healthimaging.codec.dicom.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.DicomElement;
import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.TransferSyntax;
import io.healthimaging.codec.dicom.VR;
import io.healthimaging.codec.testing.ExternalTool;
import io.healthimaging.codec.testing.Pydicom;
import io.healthimaging.codec.testing.PydicomFiles;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GetDICOMInstance in HTJ2K: the frames of a real image, compressed by the OpenJPH reference encoder,
 * written as 1.2.840.10008.1.2.4.202 and read back by pydicom, dcmtk and OpenJPEG.
 */
class Htj2kOutputTest {
    @Test
    void referenceCodestreamsWrittenAsHtj2kDecodeToTheOriginalFrames(@TempDir Path dir) throws Exception {
        Path source = PydicomFiles.testFile("SC_rgb_rle_2frame.dcm");
        List<byte[]> codestreams = new ArrayList<>();
        List<byte[]> original = new ArrayList<>();
        DataSet dataSet;
        try (DicomFile rle = DicomFile.open(source)) {
            dataSet = rle.dataSet();
        }
        for (byte[] frame : Pydicom.frames("native", source)) {
            original.add(frame);
            Path ppm = dir.resolve("frame.ppm");
            byte[] header = "P6\n100 100\n255\n".getBytes(StandardCharsets.US_ASCII);
            byte[] image = Arrays.copyOf(header, header.length + frame.length);
            System.arraycopy(frame, 0, image, header.length, frame.length);
            Files.write(ppm, image);
            Path j2c = dir.resolve("frame.j2c");
            ExternalTool.check("ojph_compress", "-i", ppm.toString(), "-o", j2c.toString(), "-reversible", "true",
                    "-colour_trans", "false");
            codestreams.add(Files.readAllBytes(j2c));
        }
        DataSet htj2k = new DataSet();
        dataSet.elements().forEach(htj2k::put);
        htj2k.put(DicomElement.ofBytes(Tag.PLANAR_CONFIGURATION, VR.US, new byte[2]));
        Path written = dir.resolve("htj2k.dcm");
        try (OutputStream out = Files.newOutputStream(written)) {
            DicomWriter.write(out, htj2k, TransferSyntax.HTJ2K_LOSSLESS_RPCL, Frames.of(codestreams));
        }

        assertEquals("", ExternalTool.run("dcmdump", "+L", written.toString()).stderr().trim());
        List<byte[]> stored = Pydicom.frames("encapsulated", written);
        assertEquals(2, stored.size());
        for (int i = 0; i < stored.size(); i++) {
            byte[] codestream = codestreams.get(i);
            assertArrayEquals(codestream, Arrays.copyOf(stored.get(i), codestream.length), "frame " + i);
            Path j2c = dir.resolve("stored" + i + ".j2c");
            Files.write(j2c, stored.get(i));
            Path decoded = dir.resolve("decoded" + i + ".ppm");
            ExternalTool.check("opj_decompress", "-i", j2c.toString(), "-o", decoded.toString());
            byte[] ppm = Files.readAllBytes(decoded);
            assertArrayEquals(original.get(i), Arrays.copyOfRange(ppm, ppm.length - original.get(i).length, ppm.length));
        }
        try (DicomFile read = DicomFile.open(written)) {
            assertEquals("1.2.840.10008.1.2.4.202",
                    read.fileMetaInformation().string(Tag.TRANSFER_SYNTAX_UID).orElseThrow());
        }
    }
}
