package io.healthimaging.codec.dicom.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.healthimaging.codec.dicom.BinaryValues;
import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.DicomElement;
import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.VR;
import io.healthimaging.codec.dicom.charset.SpecificCharacterSet;
import io.healthimaging.codec.testing.DcmdumpListing;
import io.healthimaging.codec.testing.ExternalTool;
import io.healthimaging.codec.testing.DcmdumpListing.Entry;
import io.healthimaging.codec.testing.PydicomFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Element by element, nesting included, what our reader finds equals what dcmtk's dcmdump prints for the
 * same file: tag, VR, value.
 */
class MatchesDcmdumpTest {
    /** Files dcmdump itself cannot read, or reads differently on purpose. */
    private static final Set<String> NOT_COMPARABLE = Set.of(
            // Declares an explicit VR transfer syntax but is encoded implicit VR: dcmdump gives up.
            "SC_rgb_jpeg.dcm");

    @TestFactory
    Stream<DynamicTest> elementsEqualWhatDcmdumpPrints() {
        List<Path> files = new ArrayList<>(readableTestFiles());
        files.addAll(PydicomFiles.allCharsetFiles());
        return files.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(),
                () -> assertSameElements(path)));
    }

    private static List<Path> readableTestFiles() {
        List<Path> readable = new ArrayList<>();
        for (Path path : PydicomFiles.allTestFiles()) {
            if (NOT_COMPARABLE.contains(path.getFileName().toString())) {
                continue;
            }
            try {
                DicomFile.open(path).close();
                readable.add(path);
            } catch (IOException notReadable) {
                // PydicomTestFilesTest checks how unreadable files fail.
            }
        }
        return readable;
    }

    private static void assertSameElements(Path path) throws IOException {
        List<Entry> ours = new ArrayList<>();
        boolean declaresCharacterSet;
        try (DicomFile file = DicomFile.open(path)) {
            declaresCharacterSet = file.dataSet().specificCharacterSet() != SpecificCharacterSet.DEFAULT;
            boolean decode = declaresCharacterSet && dcmdumpConvertsToUtf8(path);
            list(file.fileMetaInformation(), 0, decode, ours);
            list(file.dataSet(), 0, decode, ours);
            declaresCharacterSet = decode;
        }
        List<Entry> theirs = DcmdumpListing.of(path, declaresCharacterSet);
        if (declaresCharacterSet) {
            // Converting to UTF-8, dcmdump rewrites Specific Character Set to ISO_IR 192.
            ours.removeIf(entry -> entry.tag() == Tag.SPECIFIC_CHARACTER_SET);
            theirs.removeIf(entry -> entry.tag() == Tag.SPECIFIC_CHARACTER_SET);
        }
        for (int i = 0; i < Math.max(ours.size(), theirs.size()); i++) {
            Entry mine = i < ours.size() ? ours.get(i) : null;
            Entry reference = i < theirs.size() ? theirs.get(i) : null;
            if (mine == null || reference == null || !same(mine, reference)) {
                fail("element " + i + " differs:\n ours:    " + mine + "\n dcmdump: " + reference);
            }
        }
        assertEquals(theirs.size(), ours.size());
    }

    private static boolean same(Entry mine, Entry reference) {
        if (mine.depth() != reference.depth() || mine.tag() != reference.tag() || !mine.vr().equals(reference.vr())) {
            return false;
        }
        if (mine.vr().equals("FL") || mine.vr().equals("FD") || mine.vr().equals("OF") || mine.vr().equals("OD")) {
            return sameNumbers(mine.value(), reference.value());
        }
        String ours = stripPadding(mine.value());
        String theirs = stripPadding(reference.value());
        // dcmtk pads an odd-length binary value with a zero byte when it reads it.
        return ours.equals(theirs) || mine.vr().equals("UN") && theirs.equals(ours + "\\00");
    }

    private static String stripPadding(String value) {
        return value.replaceAll("[ \\x00]+$", "");
    }

    private static boolean sameNumbers(String ours, String theirs) {
        String[] a = ours.split("\\\\");
        String[] b = theirs.split("\\\\");
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i].isEmpty() || b[i].isEmpty()) {
                if (!a[i].equals(b[i])) {
                    return false;
                }
                continue;
            }
            double x = Double.parseDouble(a[i]);
            double y = Double.parseDouble(b[i]);
            if (Math.abs(x - y) > 1e-5 * Math.max(1, Math.abs(x))) {
                return false;
            }
        }
        return true;
    }

    /**
     * This dcmtk build converts most character sets to UTF-8 but not the Japanese ones; for those the
     * comparison is of the raw bytes (decoding them is checked against pydicom in the character set tests).
     */
    private static boolean dcmdumpConvertsToUtf8(Path path) {
        return ExternalTool.run("dcmdump", "-q", "+U8", path.toString()).exitCode() == 0;
    }

    private static void list(DataSet dataSet, int depth, boolean decode, List<Entry> out) {
        for (DicomElement element : dataSet.elements()) {
            if (element.isBulkData()) {
                continue;
            }
            out.add(new Entry(depth, element.tag(), element.vr().name(), value(dataSet, element, decode)));
            if (element.isSequence()) {
                for (DataSet item : element.items()) {
                    out.add(new Entry(depth + 1, Tag.ITEM, "na", ""));
                    list(item, depth + 2, decode, out);
                }
            } else if (element.isFragments()) {
                for (byte[] fragment : element.fragments()) {
                    out.add(new Entry(depth + 1, Tag.ITEM, "pi", hex(fragment, 1)));
                }
            }
        }
    }

    private static String value(DataSet dataSet, DicomElement element, boolean decode) {
        if (element.isSequence() || element.isFragments()) {
            return "";
        }
        VR vr = element.vr();
        byte[] bytes = element.bytes();
        switch (vr.kind()) {
            case STRINGS:
            case TEXT:
                return decode ? String.join("\\", dataSet.rawStrings(element.tag()))
                        : new String(bytes, StandardCharsets.ISO_8859_1);
            case NUMBERS: {
                StringJoiner values = new StringJoiner("\\");
                for (int i = 0; i < BinaryValues.count(vr, bytes.length); i++) {
                    values.add(vr == VR.FL || vr == VR.FD
                            ? Double.toString(BinaryValues.floating(vr, bytes, i))
                            : vr == VR.UV ? Long.toUnsignedString(BinaryValues.integer(vr, bytes, i))
                            : Long.toString(BinaryValues.integer(vr, bytes, i)));
                }
                return values.toString();
            }
            case TAGS: {
                StringJoiner values = new StringJoiner("\\");
                for (int i = 0; i < BinaryValues.count(vr, bytes.length); i++) {
                    int tag = (int) BinaryValues.integer(vr, bytes, i);
                    values.add(String.format("(%04x,%04x)", tag >>> 16, tag & 0xFFFF));
                }
                return values.toString();
            }
            default:
                if (vr == VR.OF || vr == VR.OD) {
                    StringJoiner values = new StringJoiner("\\");
                    for (int i = 0; i < BinaryValues.count(vr, bytes.length); i++) {
                        values.add(Double.toString(BinaryValues.floating(vr, bytes, i)));
                    }
                    return values.toString();
                }
                return hex(bytes, BinaryValues.width(vr));
        }
    }

    /** Hex the way dcmdump prints binary values: units of {@code width} bytes, most significant digit first. */
    private static String hex(byte[] bytes, int width) {
        StringJoiner units = new StringJoiner("\\");
        for (int at = 0; at + width <= bytes.length; at += width) {
            StringBuilder unit = new StringBuilder();
            for (int b = width - 1; b >= 0; b--) {
                unit.append(String.format("%02x", bytes[at + b] & 0xFF));
            }
            units.add(unit);
        }
        return units.toString();
    }
}
