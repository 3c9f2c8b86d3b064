package io.healthimaging.codec.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The main-header facts {@code opj_dump} (OpenJPEG) reports about a codestream, parsed from its text. */
public record OpjDump(String text) {

    public static OpjDump of(Path codestream) {
        return new OpjDump(ExternalTool.run(codestream.getParent(), "opj_dump", "-i", codestream.toString()));
    }

    public int intValue(String key) {
        return allInts(key).get(0);
    }

    /** Every value of {@code key=} in order of appearance (per component for component fields). */
    public List<Integer> allInts(String key) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(key) + "=(0x[0-9a-fA-F]+|2\\^\\d+|\\d+)").matcher(text);
        List<Integer> values = new ArrayList<>();
        while (m.find()) {
            String v = m.group(1);
            if (v.startsWith("0x")) {
                values.add(Integer.parseInt(v.substring(2), 16));
            } else if (v.startsWith("2^")) {
                values.add(Integer.parseInt(v.substring(2)));
            } else {
                values.add(Integer.parseInt(v));
            }
        }
        if (values.isEmpty()) {
            throw new AssertionError("opj_dump reports no " + key + ":\n" + text);
        }
        return values;
    }

    /** The (a,b) pairs after {@code label} for each component, for example precinct sizes or step sizes. */
    public List<List<int[]>> pairs(String label) {
        Matcher line = Pattern.compile(Pattern.quote(label) + "=(.*)").matcher(text);
        List<List<int[]>> result = new ArrayList<>();
        while (line.find()) {
            Matcher pair = Pattern.compile("\\((\\d+),(\\d+)\\)").matcher(line.group(1));
            List<int[]> pairs = new ArrayList<>();
            while (pair.find()) {
                pairs.add(new int[] {Integer.parseInt(pair.group(1)), Integer.parseInt(pair.group(2))});
            }
            result.add(pairs);
        }
        return result;
    }

    /** The marker codes of the main header's marker list, in order. */
    public List<Integer> markers() {
        Matcher m = Pattern.compile("type=0x([0-9a-f]{4})").matcher(text);
        List<Integer> result = new ArrayList<>();
        while (m.find()) {
            result.add(Integer.parseInt(m.group(1), 16));
        }
        return result;
    }
}
