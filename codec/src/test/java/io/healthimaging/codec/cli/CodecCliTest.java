package io.healthimaging.codec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthimaging.codec.checksum.ResolutionChecksums;
import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.testing.ExternalTool;
import io.healthimaging.codec.testing.PydicomFiles;
import io.healthimaging.codec.testing.TestImages;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodecCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CodecCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void infoReportsWhatDcmdumpSeesInTheImagePixelModule() {
        String file = PydicomFiles.testFile("SC_rgb_rle_2frame.dcm").toString();
        assertEquals(0, run("info", file));
        String info = out.toString(StandardCharsets.UTF_8);
        String dump = ExternalTool.check("dcmdump", "-q", "-Un", file);
        assertTrue(dump.contains("(0002,0010) UI [1.2.840.10008.1.2.5]"), dump);
        assertTrue(info.contains("transfer syntax: 1.2.840.10008.1.2.5 (RLE_LOSSLESS)"), info);
        assertTrue(dump.contains("(0028,0010) US 100 ") && dump.contains("(0028,0011) US 100 "));
        assertTrue(info.contains("dimensions: 100x100"), info);
        assertTrue(dump.contains("(0028,0008) IS [2]"));
        assertTrue(info.contains("frames: 2"), info);
        assertTrue(dump.contains("(0028,0100) US 8 "));
        assertTrue(info.contains("bits allocated: 8"), info);
        assertTrue(dump.contains("(0028,0004) CS [RGB]"));
        assertTrue(info.contains("photometric interpretation: RGB"), info);
    }

    @Test
    void jsonPrintsTheInstanceMetadataDocument() throws Exception {
        assertEquals(0, run("json", PydicomFiles.testFile("CT_small.dcm").toString(),
                "2aa75d103f7f45ab977b0e93f00e6fe9", "46923b66d5522e4241615ecd64637584"));
        JsonNode document = new ObjectMapper().readTree(out.toByteArray());
        assertEquals("1.1", document.get("SchemaVersion").asText());
        assertEquals("2aa75d103f7f45ab977b0e93f00e6fe9", document.get("DatastoreID").asText());
        assertEquals("CompressedSamples^CT1", document.at("/Patient/DICOM/PatientName").asText());
        JsonNode instance = document.at("/Study/Series").elements().next().at("/Instances").elements().next();
        assertTrue(instance.at("/DICOM/PixelData").isNull());
        assertEquals(0, instance.get("ImageFrames").size());
    }

    @Test
    void aFileThatIsNotDicomExitsWithItsImportFailure() {
        assertEquals(1, run("info", PydicomFiles.testFile("meta_missing_tsyntax.dcm").toString()));
        assertEquals("ValidationException: DICOM attribute TransferSyntaxUID does not exist\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownCommandListsTheCommands() {
        assertEquals(2, run("frobnicate"));
        String usage = err.toString(StandardCharsets.UTF_8);
        assertTrue(usage.contains("  info FILE") && usage.contains("  json FILE"), usage);
        assertTrue(usage.contains("  encode -i") && usage.contains("  decode -i") && usage.contains("  checksums -i"),
                usage);
    }

    @Test
    void encodeAndChecksumsRunThroughTheCommandLine(@TempDir Path directory) throws Exception {
        SampleImage image = TestImages.of(TestImages.Content.ANATOMY, 160, 144, 1, 12, false, 11);
        Path pgm = directory.resolve("frame.pgm");
        Path codestream = directory.resolve("frame.j2c");
        PnmFile.write(image, pgm);

        assertEquals(0, run("encode", "-i", pgm.toString(), "-o", codestream.toString()));
        out.reset();
        assertEquals(0, run("checksums", "-i", codestream.toString()));

        JsonNode levels = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode full = levels.get(levels.size() - 1);
        assertEquals(160, full.get("Width").asInt());
        assertEquals(ResolutionChecksums.checksum(image).checksum(), full.get("Checksum").asLong());
    }
}
