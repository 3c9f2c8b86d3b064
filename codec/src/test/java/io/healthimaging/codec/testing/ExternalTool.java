package io.healthimaging.codec.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the independent command-line codecs the tests check against (OpenJPEG's opj_*, OpenJPH's
 * ojph_*). A missing tool fails the test with the Debian package to install; nothing is skipped.
 */
public final class ExternalTool {
    private ExternalTool() {
    }

    /** Runs {@code command} in {@code directory}; returns its combined output, failing on a non-zero exit. */
    public static String run(Path directory, String... command) {
        Result result = runAllowingFailure(directory, command);
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + result.exitCode() + ":\n"
                    + result.output());
        }
        return result.output();
    }

    public record Result(int exitCode, String output) {
    }

    public static Result runAllowingFailure(Path directory, String... command) {
        List<String> arguments = new ArrayList<>(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(arguments).directory(directory.toFile()).redirectErrorStream(true);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is not installed; install the Debian package "
                    + packageOf(command[0]) + " (.ci/run does)", e);
        }
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command[0] + " did not finish within 120 s");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("reading the output of " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command[0], e);
        }
    }

    private static String packageOf(String tool) {
        if (tool.startsWith("opj_")) {
            return "libopenjp2-tools";
        }
        if (tool.startsWith("ojph_")) {
            return "openjph-tools";
        }
        return "providing " + tool;
    }
}
