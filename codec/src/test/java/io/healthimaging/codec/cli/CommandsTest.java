package io.healthimaging.codec.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthimaging.codec.checksum.ClientSampleLayout;
import io.healthimaging.codec.checksum.ResolutionChecksum;
import io.healthimaging.codec.checksum.ResolutionChecksums;
import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.testing.OpenJpeg;
import io.healthimaging.codec.testing.Pydicom;
import io.healthimaging.codec.testing.PydicomFiles;
import io.healthimaging.codec.testing.TestImages;
import io.healthimaging.codec.testing.TestImages.Content;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encode, decode and checksums commands, run as the dispatcher runs them. */
class CommandsTest {
    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int encode(String... args) {
        return EncodeCommand.run(args, print(out), print(err));
    }

    private int decode(String... args) {
        return DecodeCommand.run(args, print(out), print(err));
    }

    private int checksums(String... args) {
        return ChecksumsCommand.run(args, print(out), print(err));
    }

    @Test
    void encodesAPgmThatOpenJpegDecodesToTheSameSamples() throws IOException {
        SampleImage image = TestImages.of(Content.ANATOMY, 200, 130, 1, 12, false, 61);
        Path pgm = directory.resolve("frame.pgm");
        PnmFile.write(image, pgm);
        Path j2c = directory.resolve("frame.j2c");
        assertEquals(0, encode("-i", pgm.toString(), "-o", j2c.toString()), err.toString());
        List<int[]> decoded = OpenJpeg.decode(j2c, 0, new int[] {200}, new int[] {130});
        assertArrayEquals(image.plane(0), decoded.get(0));
    }

    @Test
    void encodesSignedRawSamplesAndDecodesThemBackToTheSameFile() throws IOException {
        SampleImage image = TestImages.of(Content.EDGES, 60, 45, 3, 16, true, 62);
        Path raw = directory.resolve("frame.raw");
        Files.write(raw, ClientSampleLayout.bytes(image));
        Path j2c = directory.resolve("frame.j2c");
        assertEquals(0, encode("-i", raw.toString(), "-o", j2c.toString(), "-dims", "60x45", "-components", "3",
                "-bits", "16", "-signed", "-refinement"), err.toString());
        Path back = directory.resolve("back.raw");
        assertEquals(0, decode("-i", j2c.toString(), "-o", back.toString()), err.toString());
        assertArrayEquals(Files.readAllBytes(raw), Files.readAllBytes(back));
    }

    @Test
    void decodesAReducedResolutionWhoseCrcIsTheListedChecksum() throws IOException {
        SampleImage image = TestImages.of(Content.ANATOMY, 512, 375, 1, 12, false, 63);
        Path pgm = directory.resolve("ct.pgm");
        PnmFile.write(image, pgm);
        Path j2c = directory.resolve("ct.j2c");
        assertEquals(0, encode("-i", pgm.toString(), "-o", j2c.toString()));
        Path reduced = directory.resolve("reduced.raw");
        assertEquals(0, decode("-i", j2c.toString(), "-o", reduced.toString(), "-reduce", "1"), err.toString());

        out.reset();
        assertEquals(0, checksums("-i", j2c.toString()), err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(2, json.size());
        assertEquals(256, json.get(0).get("Width").asInt());
        assertEquals(188, json.get(0).get("Height").asInt());
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(reduced));
        assertEquals(crc.getValue(), json.get(0).get("Checksum").asLong());
        List<ResolutionChecksum> library = ResolutionChecksums.of(Files.readAllBytes(j2c));
        assertEquals(library.get(1).checksum(), json.get(1).get("Checksum").asLong());
    }

    @Test
    void encodesEveryFrameOfADicomFileToCodestreamsThatDecodeToPydicomsPixels() throws IOException {
        Path dicom = PydicomFiles.testFile("SC_rgb_rle_16bit_2frame.dcm");
        List<byte[]> expected = Pydicom.frames("native", dicom);
        Path j2c = directory.resolve("rgb.j2c");
        assertEquals(0, encode("-i", dicom.toString(), "-o", j2c.toString()), err.toString());
        assertEquals(2, expected.size());
        for (int frame = 0; frame < expected.size(); frame++) {
            Path back = directory.resolve("back-" + frame + ".raw");
            assertEquals(0, decode("-i", directory.resolve("rgb-" + frame + ".j2c").toString(), "-o",
                    back.toString()), err.toString());
            assertArrayEquals(expected.get(frame), Files.readAllBytes(back), "frame " + frame);
        }
        assertEquals(0, encode("-i", dicom.toString(), "-o", j2c.toString(), "-frame", "1"), err.toString());
        Path second = directory.resolve("second.raw");
        assertEquals(0, decode("-i", j2c.toString(), "-o", second.toString()), err.toString());
        assertArrayEquals(expected.get(1), Files.readAllBytes(second));
        assertEquals(2, encode("-i", dicom.toString(), "-o", j2c.toString(), "-frame", "2"));
    }

    @Test
    void badCommandLinesPrintTheUsage() {
        assertEquals(2, encode("-o", "x.j2c"));
        assertTrue(err.toString().contains("-i is required"), err.toString());
        assertEquals(2, decode("-i", "a.j2c", "-o", "b.tiff"));
        assertEquals(2, decode("-i", "a.j2c", "-o", "b.pgm", "-reduce", "x"));
        assertEquals(2, encode("-i", "frame.bmp", "-o", "x.j2c"));
        assertEquals(2, checksums("-i", "a.j2c", "-bogus"));
    }

    @Test
    void brokenInputIsReportedWithoutAStackTrace() throws IOException {
        Path broken = directory.resolve("broken.j2c");
        Files.write(broken, new byte[] {(byte) 0xFF, 0x4F, (byte) 0xFF, 0x51, 0, 5});
        assertEquals(1, decode("-i", broken.toString(), "-o", directory.resolve("x.pgm").toString()));
        assertTrue(err.toString().startsWith("error: "), err.toString());
        assertEquals(1, checksums("-i", directory.resolve("missing.j2c").toString()));
    }

    private static PrintStream print(ByteArrayOutputStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }
}
