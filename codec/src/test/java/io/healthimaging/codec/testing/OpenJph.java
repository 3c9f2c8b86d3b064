package io.healthimaging.codec.testing;

import io.healthimaging.codec.cli.PnmFile;
import io.healthimaging.codec.image.SampleImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Makes HTJ2K codestreams with OpenJPH's {@code ojph_compress}, the reference encoder. */
public final class OpenJph {
    private OpenJph() {
    }

    /**
     * Compresses {@code image} with the given ojph_compress options. Unsigned 1- and 3-component images
     * go through PGM/PPM; others through a raw planar file with explicit dimensions.
     */
    public static Path compress(SampleImage image, Path directory, String name, String... options) {
        List<String> command = new ArrayList<>(List.of("ojph_compress"));
        Path output = directory.resolve(name + ".j2c");
        boolean pnm = !image.signed() && (image.components() == 1 || image.components() == 3);
        try {
            if (pnm) {
                Path input = directory.resolve(name + (image.components() == 1 ? ".pgm" : ".ppm"));
                PnmFile.write(image, input);
                command.addAll(List.of("-i", input.toString()));
            } else {
                Path input = directory.resolve(name + ".yuv");
                RawSamples.write(image, input);
                command.addAll(List.of("-i", input.toString(), "-dims", "{" + image.width() + "," + image.height() + "}",
                        "-num_comps", Integer.toString(image.components()),
                        "-signed", repeat(Boolean.toString(image.signed()), image.components()),
                        "-bit_depth", repeat(Integer.toString(image.bitDepth()), image.components()),
                        "-downsamp", repeat("{1,1}", image.components())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        command.addAll(List.of("-o", output.toString()));
        command.addAll(List.of(options));
        ExternalTool.run(directory, command.toArray(String[]::new));
        return output;
    }

    /**
     * Decodes with {@code ojph_expand} to PGM or PPM. Only unsigned images: OpenJPH 0.9.0 mishandles
     * negative samples of signed images.
     */
    public static SampleImage expand(Path codestream, int components) {
        Path output = codestream.resolveSibling(codestream.getFileName() + (components == 1 ? ".pgm" : ".ppm"));
        ExternalTool.run(codestream.getParent(), "ojph_expand", "-i", codestream.toString(), "-o", output.toString());
        try {
            return PnmFile.read(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String repeat(String value, int count) {
        return String.join(",", java.util.Collections.nCopies(count, value));
    }
}
