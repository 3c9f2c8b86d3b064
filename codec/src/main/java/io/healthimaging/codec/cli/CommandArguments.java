package io.healthimaging.codec.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Options in the manner of ojph_compress: {@code -name value} pairs and {@code -flag} switches. Unknown
 * or repeated options are usage errors.
 */
final class CommandArguments {
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private CommandArguments() {
    }

    /** Parses {@code args}; {@code valued} options take a value, {@code switches} do not. */
    static CommandArguments parse(String[] args, Set<String> valued, Set<String> switches) {
        CommandArguments result = new CommandArguments();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (switches.contains(name)) {
                if (!result.flags.add(name)) {
                    throw new UsageException(name + " is given twice");
                }
            } else if (valued.contains(name)) {
                if (i + 1 >= args.length) {
                    throw new UsageException(name + " needs a value");
                }
                if (result.values.put(name, args[++i]) != null) {
                    throw new UsageException(name + " is given twice");
                }
            } else {
                throw new UsageException("unknown option " + name);
            }
        }
        return result;
    }

    /** Every option given: values as given, switches as {@code "true"}. */
    Map<String, String> asMap() {
        Map<String, String> all = new HashMap<>(values);
        for (String flag : flags) {
            all.put(flag, "true");
        }
        return all;
    }

    boolean has(String name) {
        return values.containsKey(name) || flags.contains(name);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException(name + " is required");
        }
        return value;
    }

    Path path(String name) {
        return Path.of(required(name));
    }

    int integer(String name, int fallback, int min, int max) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw new UsageException(name + " must be " + min + ".." + max + ": " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be an integer: " + value);
        }
    }

    /** The lower-case extension of {@code path}, without the dot. */
    static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** A malformed command line; the command prints its usage. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
