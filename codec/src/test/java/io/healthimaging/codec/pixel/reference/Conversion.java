package io.healthimaging.codec.pixel.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One cross-check case: a source file, the command that encodes it into the syntax under test (none when the
 * source already is), and the independent decoder that turns the encoded file back into native samples. In the
 * commands {@code {in}} and {@code {out}} stand for the input and output files.
 */
public record Conversion(String name, Path source, List<String> encode, List<String> reference) {

    /** A source already in the syntax under test. */
    public static Conversion existing(Path source, String... reference) {
        String name = source.getFileName().toString().replace(".dcm", "");
        return new Conversion(name, source, List.of(), List.of(reference));
    }

    public static Conversion encoded(String name, Path source, List<String> encode, String... reference) {
        return new Conversion(name, source, encode, List.of(reference));
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
