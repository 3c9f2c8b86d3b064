package io.healthimaging.codec.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Runs the helper scripts under src/test/resources/python (every test script of the module) with Debian's python3 and its pydicom. */
public final class Pydicom {
    public static final String PYTHON = "/usr/bin/python3";

    private Pydicom() {
    }

    public static Path script(String name) {
        try {
            return Path.of(Pydicom.class.getResource("/python/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("missing test script " + name, e);
        }
    }

    /** Runs a script and returns its standard output. */
    public static String run(String script, String... arguments) {
        List<String> command = new ArrayList<>(List.of(PYTHON, script(script).toString()));
        command.addAll(List.of(arguments));
        return ExternalTool.check(command.toArray(String[]::new));
    }

    /** The frames pydicom finds: {@code native} (decoded samples, little endian) or {@code encapsulated}. */
    public static List<byte[]> frames(String mode, Path file) {
        List<byte[]> frames = new ArrayList<>();
        for (String line : run("frames.py", mode, file.toString()).split("\n")) {
            if (!line.isBlank()) {
                frames.add(HexFormat.of().parseHex(line.trim()));
            }
        }
        return frames;
    }
}
