package io.healthimaging.codec.pixel.reference;

import io.healthimaging.codec.testing.ExternalTool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the encoders and reference decoders of a set of cases, then reads every file in one pydicom run. */
public final class CrossCheck {
    private CrossCheck() {
    }

    /** The encoded file and the reference decoder's native output of one case. */
    public record Prepared(Conversion conversion, DumpedFile encoded, DumpedFile reference) {
    }

    public static Map<String, Prepared> prepare(Path work, List<Conversion> conversions) {
        List<Path> files = new ArrayList<>();
        for (Conversion c : conversions) {
            Path directory = work.resolve(c.name());
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path encoded = c.source();
            for (int step = 0; step < c.encode().size(); step++) {
                Path out = directory.resolve(step == c.encode().size() - 1 ? "encoded.dcm" : "step-" + step);
                run(Conversion.bind(c.encode().get(step), encoded, out));
                encoded = out;
            }
            Path reference = directory.resolve("reference.dcm");
            run(Conversion.bind(c.reference(), encoded, reference));
            files.add(encoded);
            files.add(reference);
        }
        List<DumpedFile> dumped = Pydicom.dump(work, files);
        Map<String, Prepared> prepared = new LinkedHashMap<>();
        for (int i = 0; i < conversions.size(); i++) {
            prepared.put(conversions.get(i).name(),
                    new Prepared(conversions.get(i), dumped.get(2 * i), dumped.get(2 * i + 1)));
        }
        return prepared;
    }

    /** Runs a command line in the module directory, where the test scripts' relative paths start. */
    public static void run(List<String> command) {
        ExternalTool.run(Path.of("."), command.toArray(String[]::new));
    }
}
