package io.healthimaging.codec.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an independent tool (dcmtk, gdcm, pydicom, OpenJPEG, OpenJPH, libjpeg-turbo) that a test checks our
 * output against. A missing tool fails the test with the Debian package to install: CI installs them
 * (.ci/run), nothing is skipped.
 */
public final class ExternalTool {
    /** What a finished tool printed. */
    public record Result(int exitCode, byte[] stdout, String stderr) {
        public String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        /** Standard output then standard error: the tools report results and diagnostics on either. */
        public String output() {
            return stdoutText() + stderr;
        }
    }

    private ExternalTool() {
    }

    public static Result run(String... command) {
        return run(List.of(command));
    }

    public static Result run(List<String> command) {
        return execute(null, command);
    }

    /** Runs the command and returns its standard output, failing the test when it exits with an error. */
    public static String check(String... command) {
        return requireSuccess(command, run(command)).stdoutText();
    }

    /** Runs {@code command} in {@code directory}; returns everything it printed, failing on a non-zero exit. */
    public static String run(Path directory, String... command) {
        return requireSuccess(command, runAllowingFailure(directory, command)).output();
    }

    public static Result runAllowingFailure(Path directory, String... command) {
        return execute(directory, List.of(command));
    }

    private static Result requireSuccess(String[] command, Result result) {
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + result.exitCode() + ":\n"
                    + result.output());
        }
        return result;
    }

    private static Result execute(Path directory, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError(command.get(0) + " is not installed; install the Debian package "
                    + packageOf(command.get(0)) + " (.ci/run does)", e);
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<byte[]> out = drain(process.getInputStream());
            CompletableFuture<byte[]> err = drain(process.getErrorStream());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command.get(0) + " did not finish within 120 s: " + command);
            }
            return new Result(process.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command.get(0), e);
        }
    }

    private static String packageOf(String tool) {
        if (tool.startsWith("opj_")) {
            return "libopenjp2-tools";
        }
        if (tool.startsWith("ojph_")) {
            return "openjph-tools";
        }
        if (tool.startsWith("dcm") || tool.equals("img2dcm")) {
            return "dcmtk";
        }
        if (tool.startsWith("gdcm")) {
            return "libgdcm-tools";
        }
        if (tool.equals("djpeg") || tool.equals("cjpeg")) {
            return "libjpeg-turbo-progs";
        }
        if (tool.contains("python3")) {
            return "python3-pydicom python3-numpy";
        }
        return "providing " + tool;
    }

    private static CompletableFuture<byte[]> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                stream.transferTo(bytes);
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
