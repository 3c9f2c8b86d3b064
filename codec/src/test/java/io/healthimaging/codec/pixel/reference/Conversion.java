package io.healthimaging.codec.pixel.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One cross-check case: a source file, the commands that encode it into the syntax under test, one after the
 * other (none when the source already is), and the independent decoder that turns the encoded file back into
 * native samples. In the commands {@code {in}} and {@code {out}} stand for each step's input and output files.
 */
public record Conversion(String name, Path source, List<List<String>> encode, List<String> reference) {

    /** A source already in the syntax under test. */
    public static Conversion existing(Path source, String... reference) {
        String name = source.getFileName().toString().replace(".dcm", "");
        return new Conversion(name, source, List.of(), List.of(reference));
    }

    /** pydicom's test files of these names, already in the syntax under test. */
    public static List<Conversion> pydicomFiles(List<String> names, String... reference) {
        List<Conversion> cases = new ArrayList<>();
        for (String name : names) {
            cases.add(existing(Pydicom.TEST_FILES.resolve(name), reference));
        }
        return cases;
    }

    /** The command line {@code tool options... {in} {out}}. */
    public static List<String> command(String tool, String... options) {
        List<String> command = new ArrayList<>(List.of(tool));
        command.addAll(List.of(options));
        command.addAll(List.of("{in}", "{out}"));
        return command;
    }

    public static Conversion encoded(String name, Path source, List<String> encode, String... reference) {
        return new Conversion(name, source, List.of(encode), List.of(reference));
    }

    public static Conversion chained(String name, Path source, List<List<String>> steps, String... reference) {
        return new Conversion(name, source, steps, List.of(reference));
    }

    /** The same case checked against another reference decoder. */
    public Conversion checkedBy(String... otherReference) {
        return new Conversion(name, source, encode, List.of(otherReference));
    }

    static List<String> bind(List<String> template, Path in, Path out) {
        List<String> command = new ArrayList<>();
        for (String part : template) {
            command.add(part.replace("{in}", in.toString()).replace("{out}", out.toString()));
        }
        return command;
    }

    @Override
    public String toString() {
        return name;
    }
}
