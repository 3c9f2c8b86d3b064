package io.healthimaging.codec.dicom.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.DicomElement;
import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.TransferSyntax;
import io.healthimaging.codec.dicom.VR;
import io.healthimaging.codec.dicom.io.DicomFile;
import io.healthimaging.codec.dicom.io.DicomWriter;
import io.healthimaging.codec.testing.DcmdumpListing;
import io.healthimaging.codec.testing.Pydicom;
import io.healthimaging.codec.testing.PydicomFiles;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text values decode to the same strings as an independent reader decodes them: in every file pydicom ships for
 * character sets, and in files we encode ourselves for each repertoire.
 */
class CharacterSetsMatchOtherReadersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> charsetFilesDecodeAsPydicomDecodesThem() {
        return PydicomFiles.allCharsetFiles().stream().map(path -> DynamicTest.dynamicTest(
                path.getFileName().toString(), () -> assertSameTexts(path)));
    }

    /**
     * The reference decoder is pydicom, except for GB2312 with code extensions, whose escape sequences
     * pydicom 2.3 leaves in the text (dcmtk is the reference there). Descriptions avoid JIS characters with
     * a 0x5C byte, which pydicom splits as if it were a value delimiter.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ISO_IR 100|Buc^Jérôme|Dépôt légal|pydicom",
        "ISO_IR 101|Dvořák^Antonín|Příliš žluťoučký kůň|pydicom",
        "ISO_IR 109|Ħal^Ġużeppi|Ċentru|pydicom",
        "ISO_IR 110|Šķēle^Ģirts|Ūdens|pydicom",
        "ISO_IR 144|Люксембург^Иван|Щит|pydicom",
        "ISO_IR 127|قباني^لنزار|مرحبا|pydicom",
        "ISO_IR 126|Διονυσιος^Γιώργος|Ελλάδα|pydicom",
        "ISO_IR 138|שרון^דבורה|שלום|pydicom",
        "ISO_IR 148|Çağlar^Şükrü|İstanbul|pydicom",
        "ISO_IR 13|ﾔﾏﾀﾞ^ﾀﾛｳ|ｶﾀｶﾅ|pydicom",
        "ISO_IR 166|สมชาย^ใจดี|ภาษาไทย|pydicom",
        "ISO_IR 192|Wang^XiaoDong=王^小東|Ünïcödé ✓|pydicom",
        "GB18030|Wang^XiaoDong=王^小东|中文|pydicom",
        "GBK|王^小东|中文|pydicom",
        "\\ISO 2022 IR 87|Yamada^Tarou=山田^太郎=やまだ^たろう|山田|pydicom",
        "ISO 2022 IR 13\\ISO 2022 IR 87|ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう|ｶﾀｶﾅと山田|pydicom",
        "\\ISO 2022 IR 87\\ISO 2022 IR 159|Yamada^Tarou=山田^丂|鸙|pydicom",
        "\\ISO 2022 IR 149|Hong^Gildong=洪^吉洞=홍^길동|한국어|pydicom",
        "\\ISO 2022 IR 58|Wang^XiaoDong=王^小东|中文|dcmdump",
    })
    void eachRepertoireReadsBackAsAnotherToolReadsIt(String terms, String name, String description, String reference,
            @TempDir Path dir) throws Exception {
        SpecificCharacterSet characterSet = SpecificCharacterSet.of(Arrays.asList(terms.split("\\\\", -1)));
        DataSet dataSet = new DataSet();
        dataSet.put(DicomElement.ofBytes(Tag.SPECIFIC_CHARACTER_SET, VR.CS, terms.getBytes(StandardCharsets.US_ASCII)));
        dataSet.put(DicomElement.ofBytes(Tag.SOP_CLASS_UID, VR.UI, ascii("1.2.840.10008.5.1.4.1.1.7")));
        dataSet.put(DicomElement.ofBytes(Tag.SOP_INSTANCE_UID, VR.UI, ascii("2.25.1")));
        dataSet.put(DicomElement.ofBytes(Tag.of(0x0008, 0x1030), VR.LO, characterSet.encode(description, VR.LO)));
        dataSet.put(DicomElement.ofBytes(Tag.of(0x0010, 0x0010), VR.PN, characterSet.encode(name, VR.PN)));
        Path file = dir.resolve("charset.dcm");
        try (OutputStream out = Files.newOutputStream(file)) {
            DicomWriter.write(out, dataSet, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, null);
        }
        Map<String, String> decoded = reference.equals("pydicom") ? pydicomTexts(file) : dcmdumpTexts(file);
        assertEquals(name, decoded.get("00100010"));
        assertEquals(description, decoded.get("00081030"));
        try (DicomFile read = DicomFile.open(file)) {
            assertEquals(name, read.dataSet().string(Tag.of(0x0010, 0x0010)).orElseThrow());
            assertEquals(description, read.dataSet().string(Tag.of(0x0008, 0x1030)).orElseThrow());
        }
    }

    private static void assertSameTexts(Path path) throws Exception {
        Map<String, String> ours = new LinkedHashMap<>();
        try (DicomFile file = DicomFile.open(path)) {
            collect(file.dataSet(), "", ours);
        }
        assertEquals(pydicomTexts(path), ours);
    }

    /** What pydicom decodes; private elements left out (pydicom knows private dictionaries, we do not). */
    private static Map<String, String> pydicomTexts(Path path) throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String line : Pydicom.run("texts.py", path.toString()).split("\n")) {
            if (!line.isBlank()) {
                JsonNode entry = JSON.readTree(line);
                String key = entry.get("path").asText();
                int tag = Tag.parse(key.substring(key.lastIndexOf('/') + 1));
                if (!Tag.isPrivate(tag) || Tag.isPrivateCreator(tag)) {
                    texts.put(key, normalized(entry.get("value").asText()));
                }
            }
        }
        return texts;
    }

    private static Map<String, String> dcmdumpTexts(Path path) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (DcmdumpListing.Entry entry : DcmdumpListing.of(path, true)) {
            texts.put(Tag.toHex(entry.tag()), entry.value().strip());
        }
        return texts;
    }

    private static void collect(DataSet dataSet, String prefix, Map<String, String> out) {
        for (DicomElement element : dataSet.elements()) {
            String key = prefix + Tag.toHex(element.tag());
            if (element.isSequence()) {
                List<DataSet> items = element.items();
                for (int i = 0; i < items.size(); i++) {
                    collect(items.get(i), key + "/" + i + "/", out);
                }
            } else if (DataSet.valueVr(element).isText() && element.tag() != Tag.SPECIFIC_CHARACTER_SET
                    && !(Tag.isPrivate(element.tag()) && !Tag.isPrivateCreator(element.tag()))) {
                out.put(key, normalized(String.join("\\", dataSet.strings(element.tag()))));
            }
        }
    }

    /** pydicom trims leading spaces too and leaves out empty trailing person name groups. */
    private static String normalized(String value) {
        return value.strip().replaceAll("=+$", "");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

}
