package io.healthimaging.codec.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of {@link CodecCli}. */
public interface Command {
    /** The word that selects it: {@code codec NAME ARGS...}. */
    String name();

    /** Arguments and what it does, one line. */
    String usage();

    /**
     * Runs it.
     *
     * @return the process exit code
     */
    int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception;
}
