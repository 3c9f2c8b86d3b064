package io.healthimaging.codec.cli;

import io.healthimaging.codec.checksum.ClientSampleLayout;
import io.healthimaging.codec.htj2k.Htj2kDecoder;
import io.healthimaging.codec.image.SampleImage;
import java.io.PrintStream;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code decode}: an HTJ2K codestream to PGM/PPM or raw samples, at full or reduced resolution. Raw
 * output is the buffer the resolution checksums cover (components interleaved, little-endian), so its
 * CRC32 is the listed checksum of that resolution.
 */
public final class DecodeCommand implements Command {
    static final String USAGE = """
            usage: decode -i <input.j2c> -o <output.pgm|.ppm|.raw> [-reduce d]
              -reduce d   discard the d highest resolution levels (each side becomes ceil(side / 2^d))
              .raw output: pixels row-major, components interleaved, 1 byte per sample up to 8 bits,
                           otherwise 2 (4 above 16 bits), little-endian two's complement""";

    @Override
    public String name() {
        return "decode";
    }

    @Override
    public String usage() {
        return "-i INPUT.j2c -o OUTPUT.pgm|.ppm|.raw [-reduce d]   an HTJ2K codestream to samples";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        return run(arguments.toArray(String[]::new), out, err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandRunner.run(USAGE, err, () -> {
            CommandArguments arguments = CommandArguments.parse(args, Set.of("-i", "-o", "-reduce"), Set.of());
            Path input = arguments.path("-i");
            Path output = arguments.path("-o");
            int reduce = arguments.integer("-reduce", 0, 0, 32);
            String format = CommandArguments.extension(output);
            if (!Set.of("pgm", "ppm", "pnm", "raw").contains(format)) {
                throw new CommandArguments.UsageException("output must be .pgm, .ppm or .raw: " + output);
            }
            SampleImage image = new Htj2kDecoder().decode(Files.readAllBytes(input), reduce);
            if (format.equals("raw")) {
                Files.write(output, ClientSampleLayout.bytes(image));
            } else {
                PnmFile.write(image, output);
            }
            out.println("decoded " + image + ": " + output);
        });
    }
}
