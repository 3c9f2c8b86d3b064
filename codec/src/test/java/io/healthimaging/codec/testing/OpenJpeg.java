package io.healthimaging.codec.testing;

import io.healthimaging.codec.htj2k.CodestreamInfo;
import io.healthimaging.codec.htj2k.DecodedComponent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Decodes codestreams with OpenJPEG's {@code opj_decompress}, the decoder HealthImaging's clients use. */
public final class OpenJpeg {
    private OpenJpeg() {
    }

    /**
     * The components opj_decompress produces, discarding {@code reduce} resolution levels ({@code -r}).
     * Component sizes come from the codestream: ceil of the image area over the sample separation and
     * 2^reduce, as B.2 defines them.
     */
    public static List<int[]> decode(Path codestream, int reduce, int[] widths, int[] heights) {
        Path output = codestream.resolveSibling(codestream.getFileName() + ".r" + reduce + ".rawl");
        List<String> command = new ArrayList<>(List.of("opj_decompress", "-i", codestream.toString(), "-o",
                output.toString()));
        if (reduce > 0) {
            command.addAll(List.of("-r", Integer.toString(reduce)));
        }
        ExternalTool.run(codestream.getParent(), command.toArray(String[]::new));
        try {
            CodestreamInfo info = CodestreamInfo.of(Files.readAllBytes(codestream));
            return List.of(RawSamples.readPlanes(output, widths, heights, info.precision(), info.signed()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes with the sizes of {@code expected}'s components, for comparing sample by sample. */
    public static List<int[]> decodeLike(Path codestream, int reduce, List<DecodedComponent> expected) {
        int[] widths = expected.stream().mapToInt(DecodedComponent::width).toArray();
        int[] heights = expected.stream().mapToInt(DecodedComponent::height).toArray();
        return decode(codestream, reduce, widths, heights);
    }
}
