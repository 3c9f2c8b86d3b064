package io.healthimaging.codec.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What dcmtk's {@code dcmdump} prints for a file, parsed into one entry per element or item, so that a
 * test can compare it with what our reader found. Delimitation items are dropped (our model has none);
 * the top-level Pixel Data and its fragments too (our reader leaves them in the file).
 */
public final class DcmdumpListing {
    /** One printed element: nesting depth, tag, VR as printed, value text as printed (brackets removed). */
    public record Entry(int depth, int tag, String vr, String value) {
        @Override
        public String toString() {
            return "  ".repeat(depth) + String.format("(%04x,%04x) %s [%s]", tag >>> 16, tag & 0xFFFF, vr, value);
        }
    }

    private static final Pattern LINE = Pattern.compile(
            "^( *)\\(([0-9a-f]{4}),([0-9a-f]{4})\\) (\\S\\S) (.*?) *# *(\\d+|u/l), *\\d+ .*$", Pattern.DOTALL);
    private static final Pattern ELEMENT_START = Pattern.compile("^ *\\([0-9a-f]{4},[0-9a-f]{4}\\) ");

    private DcmdumpListing() {
    }

    /**
     * Runs {@code dcmdump +L -Un} (full values, UID numbers), with {@code +U8} (text converted to UTF-8)
     * when {@code utf8} is set, and only the public dictionary, as our reader has.
     */
    public static List<Entry> of(Path file, boolean utf8) {
        List<String> command = new ArrayList<>(List.of("env", "DCMDICTPATH=/usr/share/libdcmtk17/dicom.dic",
                "dcmdump", "-q", "+L", "-Un"));
        if (utf8) {
            command.add("+U8");
        }
        command.add(file.toString());
        ExternalTool.Result result = ExternalTool.run(command);
        if (result.exitCode() != 0) {
            throw new AssertionError("dcmdump failed on " + file + ": " + result.stderr());
        }
        String text = new String(result.stdout(), utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        return parse(text);
    }

    static List<Entry> parse(String text) {
        List<Entry> entries = new ArrayList<>();
        int skipDeeperThan = -1;
        for (String line : logicalLines(text)) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            int depth = m.group(1).length() / 2;
            int tag = Integer.parseUnsignedInt(m.group(2) + m.group(3), 16);
            if (skipDeeperThan >= 0) {
                if (depth > skipDeeperThan) {
                    continue;
                }
                skipDeeperThan = -1;
            }
            if (tag == 0xFFFEE00D || tag == 0xFFFEE0DD) {
                continue;
            }
            if (tag == 0x7FE00010 && depth == 0) {
                skipDeeperThan = 0;
                continue;
            }
            String vr = m.group(4);
            // Items print as "na" followed by a description (directory records name their type).
            String value = tag == 0xFFFEE000 && vr.equals("na") ? "" : value(m.group(5));
            entries.add(new Entry(depth, tag, dictionaryVr(vr), value));
        }
        return entries;
    }

    /** Text values may hold line breaks, which dcmdump prints as they are: such lines continue the element. */
    private static List<String> logicalLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!lines.isEmpty() && !ELEMENT_START.matcher(line).lookingAt() && !line.startsWith("#")
                    && !line.isEmpty()) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "\n" + line);
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    /** dcmtk's internal VRs: "??" for an unknown implicit VR element, "up" for a UL offset into the file. */
    private static String dictionaryVr(String printed) {
        switch (printed) {
            case "??":
                return "UN";
            case "up":
                return "UL";
            default:
                return printed;
        }
    }

    private static String value(String printed) {
        if (printed.startsWith("[") && printed.endsWith("]")) {
            return printed.substring(1, printed.length() - 1);
        }
        if (printed.startsWith("(") && printed.endsWith(")") && !printed.matches("\\([0-9a-f]{4},.*")) {
            // "(no value available)", "(Sequence with ...)", "(Item with ...)", "(PixelSequence ...)"
            return "";
        }
        return printed;
    }
}
