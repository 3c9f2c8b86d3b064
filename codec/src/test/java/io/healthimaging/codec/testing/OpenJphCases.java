package io.healthimaging.codec.testing;

import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.testing.TestImages.Content;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The varied ojph_compress option sets the decoder is checked with: (name, image, options) for a
 * parameterized test.
 */
public final class OpenJphCases {
    private OpenJphCases() {
    }

    public static Stream<Arguments> all() {
        SampleImage gray = TestImages.of(Content.ANATOMY, 97, 61, 1, 8, false, 1);
        SampleImage gray16 = TestImages.of(Content.NOISE, 70, 45, 1, 16, false, 2);
        SampleImage colour = TestImages.of(Content.GRADIENT, 53, 40, 3, 8, false, 3);
        SampleImage signed = TestImages.of(Content.ANATOMY, 40, 33, 1, 12, true, 4);
        return Stream.of(
                Arguments.of("reversible defaults", gray, new String[] {"-reversible", "true"}),
                Arguments.of("irreversible", gray, new String[] {"-qstep", "0.01"}),
                Arguments.of("LRCP", gray, new String[] {"-reversible", "true", "-prog_order", "LRCP"}),
                Arguments.of("RLCP", colour, new String[] {"-reversible", "true", "-prog_order", "RLCP"}),
                Arguments.of("PCRL", colour, new String[] {"-reversible", "true", "-prog_order", "PCRL"}),
                Arguments.of("CPRL", colour, new String[] {"-reversible", "true", "-prog_order", "CPRL"}),
                Arguments.of("small blocks", gray16, new String[] {"-reversible", "true", "-block_size", "{8,16}"}),
                Arguments.of("precincts", colour, new String[] {"-reversible", "true", "-prog_order", "PCRL",
                        "-precincts", "{4,4},{8,8},{16,16}", "-block_size", "{4,4}"}),
                Arguments.of("tiles and offsets", colour, new String[] {"-reversible", "true", "-tile_size",
                        "{20,16}", "-tile_offset", "{3,2}", "-image_offset", "{5,4}", "-prog_order", "RPCL",
                        "-precincts", "{8,8},{16,16}"}),
                Arguments.of("no colour transform", colour, new String[] {"-reversible", "true", "-colour_trans",
                        "false"}),
                Arguments.of("irreversible colour", colour, new String[] {"-qstep", "0.02"}),
                Arguments.of("signed", signed, new String[] {"-reversible", "true", "-num_decomps", "3"}));
    }
}
