package io.healthimaging.codec.cli;

import io.healthimaging.codec.htj2k.Htj2kException;
import java.io.IOException;
import java.io.PrintStream;

/** Runs a command body and turns its failures into exit codes and messages. */
final class CommandRunner {
    static final int DONE = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    @FunctionalInterface
    interface Body {
        void run() throws IOException;
    }

    private CommandRunner() {
    }

    static int run(String usage, PrintStream err, Body body) {
        try {
            body.run();
            return DONE;
        } catch (CommandArguments.UsageException e) {
            err.println(e.getMessage());
            err.println(usage);
            return USAGE;
        } catch (Htj2kException | IOException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        }
    }
}
