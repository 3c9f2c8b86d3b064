package io.healthimaging.codec.cli;

import io.healthimaging.codec.dicom.DicomException;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The codec's command line: {@code java -jar healthimaging-codec.jar COMMAND ARGS...}. Exit code 0 on
 * success, 1 for a file that is not DICOM HealthImaging can import, 2 for a usage error.
 */
public final class CodecCli {
    /** The commands, one line each. */
    private static final List<Command> COMMANDS = List.of(
            new InfoCommand(),
            new JsonCommand(),
            new EncodeCommand(),
            new DecodeCommand(),
            new ChecksumsCommand());

    private CodecCli() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, Command> commands = new LinkedHashMap<>();
        COMMANDS.forEach(command -> commands.put(command.name(), command));
        Command command = args.isEmpty() ? null : commands.get(args.get(0));
        if (command == null) {
            err.println("usage: codec COMMAND ARGS...");
            commands.values().forEach(c -> err.println("  " + c.name() + " " + c.usage()));
            return 2;
        }
        try {
            return command.run(args.subList(1, args.size()), out, err);
        } catch (DicomException e) {
            err.println(e.importFailure().exceptionType() + ": " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println(command.name() + ": " + e.getMessage());
            err.println("usage: codec " + command.name() + " " + command.usage());
            return 2;
        } catch (Exception e) {
            err.println(command.name() + ": " + e);
            return 1;
        }
    }
}
