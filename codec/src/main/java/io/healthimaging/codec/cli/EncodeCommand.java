package io.healthimaging.codec.cli;

import io.healthimaging.codec.htj2k.Htj2kEncoder;
import io.healthimaging.codec.htj2k.Htj2kEncoderOptions;
import io.healthimaging.codec.image.SampleImage;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code encode}: the frames of a DICOM file, or a frame of PGM, PPM or raw samples, to lossless HTJ2K
 * codestreams in the RPCL-options form HealthImaging stores.
 */
public final class EncodeCommand implements Command {
    static final String USAGE = """
            usage: encode -i <input> -o <output.j2c> [-levels n] [-refinement]
              input .dcm: every frame, written to <output>-<n>.j2c when there are several, or -frame n
              input .pgm / .ppm: binary PGM or PPM, maxval up to 65535
              input .raw: interleaved little-endian samples, with -dims WxH -bits b [-components n] [-signed]
              -levels n     wavelet decomposition levels (default: lowest resolution at most 64x64)
              -refinement   code SigProp and MagRef passes too (still lossless)""";

    private static final FrameSource PNM = (input, options) -> List.of(PnmFile.read(input));
    private static final Map<String, FrameSource> SOURCES = Map.of("pgm", PNM, "ppm", PNM, "pnm", PNM,
            "raw", new RawFrameSource(), "dcm", new DicomFrameSource());

    @Override
    public String name() {
        return "encode";
    }

    @Override
    public String usage() {
        return "-i INPUT -o OUTPUT.j2c [-frame n] [-levels n] [-refinement]   DICOM frames or a PGM/PPM/raw frame to lossless HTJ2K";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        return run(arguments.toArray(String[]::new), out, err);
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
            List<SampleImage> frames = source.read(input, arguments.asMap());
            Htj2kEncoderOptions options = Htj2kEncoderOptions.defaults().withDecompositionLevels(
                    arguments.integer("-levels", Htj2kEncoderOptions.AUTOMATIC_LEVELS, 0, 32));
            if (arguments.has("-refinement")) {
                options = options.withRefinementPasses();
            }
            Htj2kEncoder encoder = new Htj2kEncoder(options);
            for (int index = 0; index < frames.size(); index++) {
                SampleImage image = frames.get(index);
                Path file = frames.size() == 1 ? output : numbered(output, index);
                byte[] codestream = encoder.encode(image);
                Files.write(file, codestream);
                out.println("encoded " + image + " into " + codestream.length + " bytes: " + file);
            }
        });
    }

    /** {@code out.j2c} becomes {@code out-7.j2c} for frame 7. */
    private static Path numbered(Path output, int index) {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot < 0 ? name + "-" + index : name.substring(0, dot) + "-" + index + name.substring(dot);
        return output.resolveSibling(numbered);
    }
}
