package io.healthimaging.codec.cli;

import io.healthimaging.codec.checksum.ResolutionChecksum;
import io.healthimaging.codec.checksum.ResolutionChecksums;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

/**
 * {@code checksums}: the resolution checksums of an HTJ2K codestream as the JSON array HealthImaging
 * puts under {@code PixelDataChecksumFromBaseToFullResolution}.
 */
public final class ChecksumsCommand implements Command {
    static final String USAGE = "usage: checksums -i <input.j2c>";

    @Override
    public String name() {
        return "checksums";
    }

    @Override
    public String usage() {
        return "-i INPUT.j2c   the resolution-level CRC32 checksums as JSON";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        return run(arguments.toArray(String[]::new), out, err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandRunner.run(USAGE, err, () -> {
            CommandArguments arguments = CommandArguments.parse(args, Set.of("-i"), Set.of());
            List<ResolutionChecksum> checksums = ResolutionChecksums.of(Files.readAllBytes(arguments.path("-i")));
            out.println(toJson(checksums));
        });
    }

    static String toJson(List<ResolutionChecksum> checksums) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < checksums.size(); i++) {
            ResolutionChecksum level = checksums.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("  { \"Width\": ").append(level.width())
                    .append(", \"Height\": ").append(level.height()).append(", \"Checksum\": ")
                    .append(level.checksum()).append(" }");
        }
        return json.append("\n]").toString();
    }
}
