package io.healthimaging.codec.htj2k;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.healthimaging.codec.htj2k.codestream.ProgressionChange;
import io.healthimaging.codec.htj2k.codestream.ProgressionOrder;
import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.testing.CodestreamRewriter;
import io.healthimaging.codec.testing.ExternalTool;
import io.healthimaging.codec.testing.OpenJph;
import io.healthimaging.codec.testing.OpenJpeg;
import io.healthimaging.codec.testing.RawSamples;
import io.healthimaging.codec.testing.TestImages;
import io.healthimaging.codec.testing.TestImages.Content;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Codestream structures OpenJPH does not write (SOP/EPH, PPT, PPM, PLT, PLM, several tile-parts with
 * TLM, POC, tile-part COD/QCD with main COC/QCC, derived quantization), made by rearranging OpenJPH
 * codestreams, subsampled components, and reduced resolutions: each decodes like an independent
 * decoder.
 */
class ConformantStructuresTest {
    @TempDir
    Path directory;

    private final SampleImage colour = TestImages.of(Content.ANATOMY, 90, 70, 3, 10, false, 31);

    private byte[] tiledCodestream() throws IOException {
        Path file = OpenJph.compress(colour, directory, "tiled", "-reversible", "true", "-tile_size", "{48,40}",
                "-tile_offset", "{2,3}", "-image_offset", "{5,7}", "-precincts", "{16,16},{32,32}",
                "-block_size", "{16,16}", "-num_decomps", "3");
        return Files.readAllBytes(file);
    }

    static Stream<Arguments> rearrangements() {
        Function<CodestreamRewriter, byte[]> sopEph = CodestreamRewriter::withSopAndEph;
        Function<CodestreamRewriter, byte[]> ppt = CodestreamRewriter::withPptHeaders;
        Function<CodestreamRewriter, byte[]> ppm = CodestreamRewriter::withPpmHeaders;
        Function<CodestreamRewriter, byte[]> tileParts = rewriter -> rewriter.withTileParts(3);
        Function<CodestreamRewriter, byte[]> poc = rewriter -> rewriter.withProgressionChanges(List.of(
                new ProgressionChange(0, 0, 1, 2, 3, ProgressionOrder.LRCP),
                new ProgressionChange(2, 0, 1, 4, 1, ProgressionOrder.CPRL),
                new ProgressionChange(0, 1, 1, 4, 3, ProgressionOrder.PCRL)));
        Function<CodestreamRewriter, byte[]> tileStyles = rewriter -> rewriter.withTileCodingStyles(3);
        return Stream.of(Arguments.of("SOP, EPH, PLT and PLM", sopEph), Arguments.of("PPT packed headers", ppt),
                Arguments.of("tile COD/QCD over main COC/QCC", tileStyles),
                Arguments.of("PPM packed headers", ppm), Arguments.of("interleaved tile-parts with TLM", tileParts),
                Arguments.of("POC progressions", poc));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rearrangements")
    void rearrangedPacketsDecodeLikeOpenJpegAndLikeTheOriginal(String name,
            Function<CodestreamRewriter, byte[]> rearrange) throws IOException {
        byte[] original = tiledCodestream();
        byte[] rearranged = rearrange.apply(new CodestreamRewriter(original));
        Path file = directory.resolve("rearranged.j2c");
        Files.write(file, rearranged);

        List<DecodedComponent> expected = new Htj2kDecoder().decodeComponents(original, 0);
        List<DecodedComponent> ours = new Htj2kDecoder().decodeComponents(rearranged, 0);
        List<int[]> openJpeg = OpenJpeg.decodeLike(file, 0, ours);
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(expected.get(c).samples(), ours.get(c).samples(), "as the original, component " + c);
            assertArrayEquals(openJpeg.get(c), ours.get(c).samples(), "as OpenJPEG, component " + c);
        }
    }

    @Test
    void derivedQuantizationDecodesLikeOpenJpeg() throws IOException {
        Path lossy = OpenJph.compress(colour, directory, "lossy", "-qstep", "0.01");
        byte[] derived = new CodestreamRewriter(Files.readAllBytes(lossy)).withDerivedQuantization();
        Path file = directory.resolve("derived.j2c");
        Files.write(file, derived);
        List<DecodedComponent> ours = new Htj2kDecoder().decodeComponents(derived, 0);
        List<int[]> openJpeg = OpenJpeg.decodeLike(file, 0, ours);
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(openJpeg.get(c), ours.get(c).samples(), "component " + c);
        }
    }

    @Test
    void codestreamInsideAJp2FileDecodesLikeOpenJpeg() throws IOException {
        SampleImage gray = TestImages.of(Content.ANATOMY, 120, 90, 1, 12, false, 33);
        byte[] codestream = new Htj2kEncoder().encode(gray);
        ByteBuffer file = ByteBuffer.allocate(12 + 20 + 45 + 8 + codestream.length);
        file.putInt(12).putInt(0x6A502020).putInt(0x0D0A870A);
        file.putInt(20).putInt(0x66747970).putInt(0x6A703220).putInt(0).putInt(0x6A703220);
        file.putInt(45).putInt(0x6A703268);
        file.putInt(22).putInt(0x69686472).putInt(90).putInt(120).putShort((short) 1).put((byte) 11).put((byte) 7)
                .put((byte) 0).put((byte) 0);
        file.putInt(15).putInt(0x636F6C72).put((byte) 1).put((byte) 0).put((byte) 0).putInt(17);
        file.putInt(8 + codestream.length).putInt(0x6A703263).put(codestream);
        Path jp2 = directory.resolve("frame.jp2");
        Files.write(jp2, file.array());

        assertEquals(gray, new Htj2kDecoder().decode(file.array()));
        assertArrayEquals(gray.plane(0), OpenJpeg.decode(jp2, 0, new int[] {120}, new int[] {90}).get(0));
    }

    static Stream<Arguments> reducedResolutions() {
        return Stream.of(Arguments.of("tiles, offsets, precincts", new String[] {"-reversible", "true", "-tile_size",
                        "{48,40}", "-tile_offset", "{2,3}", "-image_offset", "{5,7}", "-precincts",
                        "{16,16},{32,32}", "-num_decomps", "3"}),
                Arguments.of("irreversible colour", new String[] {"-qstep", "0.005", "-num_decomps", "4"}),
                Arguments.of("LRCP", new String[] {"-reversible", "true", "-prog_order", "LRCP"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reducedResolutions")
    void reducedResolutionsDecodeLikeOpenJpegsReduce(String name, String[] options) throws IOException {
        Path file = OpenJph.compress(colour, directory, "reduce", options);
        byte[] codestream = Files.readAllBytes(file);
        int levels = CodestreamInfo.of(codestream).levels();
        for (int discard = 1; discard <= levels; discard++) {
            List<DecodedComponent> ours = new Htj2kDecoder().decodeComponents(codestream, discard);
            List<int[]> openJpeg = OpenJpeg.decodeLike(file, discard, ours);
            for (int c = 0; c < 3; c++) {
                assertArrayEquals(openJpeg.get(c), ours.get(c).samples(), discard + " levels discarded, component " + c);
            }
        }
    }

    @Test
    void reducedResolutionsDecodeLikeOpenJphsSkippedResolutions() throws IOException {
        SampleImage gray = TestImages.of(Content.ANATOMY, 333, 251, 1, 12, false, 32);
        Path file = OpenJph.compress(gray, directory, "gray", "-reversible", "true");
        byte[] codestream = Files.readAllBytes(file);
        for (int discard = 1; discard <= 5; discard++) {
            Path output = directory.resolve("skip" + discard + ".pgm");
            ExternalTool.run(directory, "ojph_expand", "-i", file.toString(), "-o", output.toString(), "-skip_res",
                    discard + "," + discard);
            SampleImage expected = io.healthimaging.codec.cli.PnmFile.read(output);
            assertEquals(expected, new Htj2kDecoder().decode(codestream, discard), discard + " levels discarded");
        }
    }

    /** opj_decompress writes subsampled components upsampled, so OpenJPH's expand is the reference here. */
    @Test
    void subsampledComponentsDecodeLikeOpenJph() throws IOException {
        int width = 75;
        int height = 51;
        int[] widths = {width, (width + 1) / 2, (width + 1) / 2};
        int[] heights = {height, (height + 1) / 2, (height + 1) / 2};
        Path input = directory.resolve("yuv420.yuv");
        ByteBuffer raw = ByteBuffer.allocate(2 * (widths[0] * heights[0] + 2 * widths[1] * heights[1]))
                .order(ByteOrder.LITTLE_ENDIAN);
        for (int c = 0; c < 3; c++) {
            SampleImage plane = TestImages.of(Content.ANATOMY, widths[c], heights[c], 1, 10, false, 40 + c);
            for (int value : plane.plane(0)) {
                raw.putShort((short) value);
            }
        }
        Files.write(input, raw.array());
        Path file = directory.resolve("yuv420.j2c");
        ExternalTool.run(directory, "ojph_compress", "-i", input.toString(), "-o", file.toString(), "-dims",
                "{" + width + "," + height + "}", "-num_comps", "3", "-signed", "false,false,false", "-bit_depth",
                "10,10,10", "-downsamp", "{1,1},{2,2},{2,2}", "-reversible", "true");
        List<DecodedComponent> ours = new Htj2kDecoder().decodeComponents(Files.readAllBytes(file), 0);
        for (int c = 0; c < 3; c++) {
            assertEquals(widths[c], ours.get(c).width());
            assertEquals(heights[c], ours.get(c).height());
        }
        Path expanded = directory.resolve("expanded.yuv");
        ExternalTool.run(directory, "ojph_expand", "-i", file.toString(), "-o", expanded.toString());
        int[][] openJph = RawSamples.readPlanes(expanded, widths, heights, 10, false);
        int[][] original = RawSamples.readPlanes(input, widths, heights, 10, false);
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(openJph[c], ours.get(c).samples(), "as OpenJPH, component " + c);
            assertArrayEquals(original[c], ours.get(c).samples(), "lossless, component " + c);
        }
    }
}
