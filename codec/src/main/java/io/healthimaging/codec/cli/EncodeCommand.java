package io.healthimaging.codec.cli;

import io.healthimaging.codec.htj2k.Htj2kEncoder;
import io.healthimaging.codec.htj2k.Htj2kEncoderOptions;
import io.healthimaging.codec.image.SampleImage;
import java.io.PrintStream;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code encode}: a frame (PGM, PPM or raw samples; more formats through {@link #register}) to a
 * lossless HTJ2K codestream in the RPCL-options form HealthImaging stores.
 */
public final class EncodeCommand implements Command {
    static final String USAGE = """
            usage: encode -i <input> -o <output.j2c> [-levels n] [-refinement]
              input .pgm / .ppm: binary PGM or PPM, maxval up to 65535
              input .raw: interleaved little-endian samples, with -dims WxH -bits b [-components n] [-signed]
              -levels n     wavelet decomposition levels (default: lowest resolution at most 64x64)
              -refinement   code SigProp and MagRef passes too (still lossless)""";

    private static final FrameSource PNM = (input, options) -> PnmFile.read(input);
    private static final Map<String, FrameSource> SOURCES = new ConcurrentHashMap<>(Map.<String, FrameSource>of(
            "pgm", PNM, "ppm", PNM, "pnm", PNM, "raw", new RawFrameSource()));

    @Override
    public String name() {
        return "encode";
    }

    @Override
    public String usage() {
        return "-i INPUT -o OUTPUT.j2c [-levels n] [-refinement]   a PGM/PPM/raw frame to lossless HTJ2K";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        return run(arguments.toArray(String[]::new), out, err);
    }

    /** Makes files ending in {@code .extension} readable by {@code encode}. */
    public static void register(String extension, FrameSource source) {
        SOURCES.put(extension.toLowerCase(java.util.Locale.ROOT), source);
    }

    /** Runs the command; returns the process exit code (0 done, 1 failed, 2 usage error). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandRunner.run(USAGE, err, () -> {
            Set<String> valued = new HashSet<>(Set.of("-i", "-o", "-levels"));
            Set<String> switches = new HashSet<>(Set.of("-refinement"));
            for (FrameSource source : SOURCES.values()) {
                valued.addAll(source.options());
                switches.addAll(source.switches());
            }
            CommandArguments arguments = CommandArguments.parse(args, valued, switches);
            Path input = arguments.path("-i");
            Path output = arguments.path("-o");
            FrameSource source = SOURCES.get(CommandArguments.extension(input));
            if (source == null) {
                throw new CommandArguments.UsageException("no frame source reads ." + CommandArguments.extension(input)
                        + " files; known: " + SOURCES.keySet());
            }
            SampleImage image = source.read(input, arguments.asMap());
            Htj2kEncoderOptions options = Htj2kEncoderOptions.defaults().withDecompositionLevels(
                    arguments.integer("-levels", Htj2kEncoderOptions.AUTOMATIC_LEVELS, 0, 32));
            if (arguments.has("-refinement")) {
                options = options.withRefinementPasses();
            }
            byte[] codestream = new Htj2kEncoder(options).encode(image);
            Files.write(output, codestream);
            out.println("encoded " + image + " into " + codestream.length + " bytes: " + output);
        });
    }
}
