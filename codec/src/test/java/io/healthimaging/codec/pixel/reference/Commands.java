package io.healthimaging.codec.pixel.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the independent command line tools (dcmtk, gdcm, OpenJPEG, libjpeg-turbo, pydicom) the decoders are
 * checked against. A missing tool or a failing run fails the test: CI installs them all.
 */
public final class Commands {
    private static final long TIMEOUT_SECONDS = 120;

    private Commands() {
    }

    public static void run(String... command) {
        run(List.of(command));
    }

    public static void run(List<String> command) {
        try {
            Path log = Files.createTempFile("command", ".log");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                        .start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("timed out: " + String.join(" ", command));
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError("exit " + process.exitValue() + ": " + String.join(" ", command) + "\n"
                            + Files.readString(log, StandardCharsets.UTF_8));
                }
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command) + " (is it installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + String.join(" ", command), e);
        }
    }
}
