package io.healthimaging.codec.htj2k;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthimaging.codec.htj2k.codestream.Marker;
import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.testing.OpenJph;
import io.healthimaging.codec.testing.OpenJpeg;
import io.healthimaging.codec.testing.OpjDump;
import io.healthimaging.codec.testing.TestImages;
import io.healthimaging.codec.testing.TestImages.Content;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Frames encoded by {@link Htj2kEncoder} decode to exactly the original samples with this decoder,
 * OpenJPEG and OpenJPH, and have the structure transfer syntax 1.2.840.10008.1.2.4.202 requires.
 */
class Htj2kEncoderTest {
    @TempDir
    Path directory;

    static Stream<Arguments> frames() {
        return Stream.of(
                frame("1x1 gray 8-bit", Content.GRADIENT, 1, 1, 1, 8, false),
                frame("1x7 gray 8-bit", Content.GRADIENT, 1, 7, 1, 8, false),
                frame("7x1 RGB 8-bit", Content.EDGES, 7, 1, 3, 8, false),
                frame("33x65 RGB 16-bit noise", Content.NOISE, 33, 65, 3, 16, false),
                frame("513x377 gray 12-bit", Content.ANATOMY, 513, 377, 1, 12, false),
                frame("513x377 gray 12-bit signed", Content.ANATOMY, 513, 377, 1, 12, true),
                frame("640x480 RGB 8-bit", Content.ANATOMY, 640, 480, 3, 8, false),
                frame("97x61 RGB 12-bit signed edges", Content.EDGES, 97, 61, 3, 12, true),
                frame("300x200 gray 16-bit noise", Content.NOISE, 300, 200, 1, 16, false),
                frame("130x70 gray 16-bit signed", Content.ANATOMY, 130, 70, 1, 16, true),
                frame("65x33 gray 1-bit", Content.EDGES, 65, 33, 1, 1, false),
                frame("16384x8 gray 8-bit", Content.GRADIENT, 16384, 8, 1, 8, false),
                frame("2048x2048 gray 12-bit", Content.ANATOMY, 2048, 2048, 1, 12, false));
    }

    private static Arguments frame(String name, Content content, int width, int height, int components, int bits,
            boolean signed) {
        return Arguments.of(name, TestImages.of(content, width, height, components, bits, signed, name.hashCode()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void encodedFramesDecodeToTheOriginalWithEveryDecoder(String name, SampleImage image) throws IOException {
        byte[] codestream = new Htj2kEncoder().encode(image);
        Path file = directory.resolve("frame.j2c");
        Files.write(file, codestream);

        assertEquals(image, new Htj2kDecoder().decode(codestream), "this decoder");
        List<int[]> openJpeg = OpenJpeg.decode(file, 0, sizes(image, image.width()), sizes(image, image.height()));
        for (int c = 0; c < image.components(); c++) {
            assertArrayEquals(image.plane(c), openJpeg.get(c), "opj_decompress, component " + c);
        }
        if (!image.signed()) {
            // OpenJPH 0.9.0 mishandles negative samples of signed images, so it checks unsigned ones only.
            assertEquals(image, OpenJph.expand(file, image.components()), "ojph_expand");
        }
    }

    @Test
    void codestreamHasTheStructureOfTheRpclOptionsTransferSyntax() throws IOException {
        SampleImage image = TestImages.of(Content.ANATOMY, 640, 480, 3, 8, false, 7);
        byte[] codestream = new Htj2kEncoder().encode(image);
        Path file = directory.resolve("rgb.j2c");
        Files.write(file, codestream);
        OpjDump dump = OpjDump.of(file);

        assertEquals(2, dump.intValue("prg"), "RPCL progression");
        assertEquals(1, dump.intValue("numlayers"));
        assertEquals(1, dump.intValue("mct"), "RCT for three components");
        assertEquals(List.of(5, 5, 5), dump.allInts("numresolutions"), "4 levels: 640x480 -> 40x30");
        assertEquals(List.of(6, 6, 6), dump.allInts("cblkw"));
        assertEquals(List.of(6, 6, 6), dump.allInts("cblkh"));
        assertEquals(List.of(0x40, 0x40, 0x40), dump.allInts("cblksty"), "HT code-blocks");
        assertEquals(List.of(1, 1, 1), dump.allInts("qmfbid"), "reversible 5/3");
        List<Integer> markers = dump.markers();
        assertTrue(markers.contains(Marker.CAP), "CAP marker: " + markers);
        assertTrue(markers.contains(Marker.CPF), "CPF marker: " + markers);
        assertTrue(markers.contains(Marker.TLM), "TLM marker: " + markers);
        int rsiz = ((codestream[6] & 0xFF) << 8) | (codestream[7] & 0xFF);
        assertEquals(0x4000, rsiz, "Rsiz announces Part 15 capabilities");

        List<int[]> tileParts = tileParts(codestream);
        assertEquals(5, tileParts.size(), "one tile-part per resolution level");
        int[] tlm = tlmLengths(codestream);
        for (int r = 0; r < tileParts.size(); r++) {
            assertEquals(r, tileParts.get(r)[1], "TPsot");
            assertEquals(5, tileParts.get(r)[2], "TNsot");
            assertEquals(tileParts.get(r)[3], tlm[r], "TLM length of tile-part " + r);
        }
    }

    @Test
    void eachTilePartHoldsExactlyOneResolutionLevel() throws IOException {
        SampleImage image = TestImages.of(Content.ANATOMY, 512, 375, 1, 12, false, 8);
        byte[] codestream = new Htj2kEncoder().encode(image);
        List<int[]> tileParts = tileParts(codestream);
        int levels = tileParts.size() - 1;
        for (int keep = 1; keep <= levels; keep++) {
            // The first `keep` tile-parts alone must carry resolutions 0..keep-1 completely.
            int end = tileParts.get(keep)[0];
            byte[] prefix = ByteBuffer.allocate(end + 2).put(codestream, 0, end).putShort((short) Marker.EOC).array();
            for (int r = 0; r < keep; r++) {
                prefix[tileParts.get(r)[0] + 11] = (byte) keep; // TNsot of the shortened codestream
            }
            Path file = directory.resolve("prefix" + keep + ".j2c");
            Files.write(file, prefix);
            int discard = levels - keep + 1;
            SampleImage reduced = new Htj2kDecoder().decode(codestream, discard);
            List<int[]> openJpeg = OpenJpeg.decode(file, discard, new int[] {reduced.width()},
                    new int[] {reduced.height()});
            assertArrayEquals(reduced.plane(0), openJpeg.get(0), "resolutions below " + keep);
        }
    }

    @Test
    void oneEncoderAndOneDecoderServeFramesInParallel() throws Exception {
        List<SampleImage> frames = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            frames.add(TestImages.of(Content.ANATOMY, 150 + i, 120, 1 + 2 * (i % 2), 12, i % 3 == 0, 100 + i));
        }
        Htj2kEncoder encoder = new Htj2kEncoder();
        Htj2kDecoder decoder = new Htj2kDecoder();
        List<byte[]> sequential = frames.stream().map(encoder::encode).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<SampleImage>> results = new ArrayList<>();
            for (int i = 0; i < frames.size(); i++) {
                int index = i;
                results.add(pool.submit(() -> {
                    byte[] codestream = encoder.encode(frames.get(index));
                    assertArrayEquals(sequential.get(index), codestream, "frame " + index);
                    return decoder.decode(codestream);
                }));
            }
            for (int i = 0; i < frames.size(); i++) {
                assertEquals(frames.get(i), results.get(i).get(), "frame " + i);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void automaticLevelsBringTheLowestResolutionToAtMost64() {
        assertEquals(0, Htj2kEncoder.automaticLevels(1, 1));
        assertEquals(0, Htj2kEncoder.automaticLevels(64, 64));
        assertEquals(1, Htj2kEncoder.automaticLevels(65, 1));
        assertEquals(3, Htj2kEncoder.automaticLevels(512, 512));
        assertEquals(3, Htj2kEncoder.automaticLevels(512, 375));
        assertEquals(4, Htj2kEncoder.automaticLevels(640, 480));
        assertEquals(5, Htj2kEncoder.automaticLevels(2048, 2048));
        assertEquals(8, Htj2kEncoder.automaticLevels(16384, 8));
    }

    @Test
    void refinementPassesStayLosslessForEveryDecoder() throws IOException {
        SampleImage image = TestImages.of(Content.ANATOMY, 200, 150, 3, 12, false, 9);
        byte[] codestream = new Htj2kEncoder(Htj2kEncoderOptions.defaults().withRefinementPasses()).encode(image);
        Path file = directory.resolve("refined.j2c");
        Files.write(file, codestream);
        assertEquals(image, new Htj2kDecoder().decode(codestream), "this decoder");
        List<int[]> openJpeg = OpenJpeg.decode(file, 0, sizes(image, 200), sizes(image, 150));
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(image.plane(c), openJpeg.get(c), "opj_decompress, component " + c);
        }
        assertEquals(image, OpenJph.expand(file, 3), "ojph_expand");
    }

    @Test
    void sizeIsWithinTwoPercentOfOpenJph() throws IOException {
        for (SampleImage image : List.of(TestImages.of(Content.ANATOMY, 512, 512, 1, 12, false, 10),
                TestImages.of(Content.ANATOMY, 640, 480, 3, 8, false, 11))) {
            byte[] ours = new Htj2kEncoder().encode(image);
            int levels = Htj2kEncoder.automaticLevels(image.width(), image.height());
            Path reference = OpenJph.compress(image, directory, "reference", "-reversible", "true", "-num_decomps",
                    Integer.toString(levels));
            long theirs = Files.size(reference);
            assertTrue(ours.length <= theirs * 1.02, ours.length + " bytes vs OpenJPH's " + theirs);
        }
    }

    private static int[] sizes(SampleImage image, int value) {
        int[] sizes = new int[image.components()];
        java.util.Arrays.fill(sizes, value);
        return sizes;
    }

    /** Walks the SOT chain independently of the parser: {offset, TPsot, TNsot, Psot} per tile-part. */
    private static List<int[]> tileParts(byte[] codestream) {
        ByteBuffer in = ByteBuffer.wrap(codestream);
        int at = 2;
        while ((in.getShort(at) & 0xFFFF) != Marker.SOT) {
            at += 2 + (in.getShort(at + 2) & 0xFFFF);
        }
        List<int[]> parts = new ArrayList<>();
        while ((in.getShort(at) & 0xFFFF) == Marker.SOT) {
            int psot = in.getInt(at + 6);
            parts.add(new int[] {at, codestream[at + 10] & 0xFF, codestream[at + 11] & 0xFF, psot});
            at += psot;
        }
        assertEquals(Marker.EOC, in.getShort(at) & 0xFFFF, "EOC after the last tile-part");
        return parts;
    }

    private static int[] tlmLengths(byte[] codestream) {
        ByteBuffer in = ByteBuffer.wrap(codestream);
        int at = 2;
        while ((in.getShort(at) & 0xFFFF) != Marker.TLM) {
            at += 2 + (in.getShort(at + 2) & 0xFFFF);
        }
        int length = in.getShort(at + 2) & 0xFFFF;
        assertEquals(0x50, codestream[at + 5] & 0xFF, "Stlm: 8-bit tile index, 32-bit lengths");
        int[] lengths = new int[(length - 4) / 5];
        for (int i = 0; i < lengths.length; i++) {
            assertEquals(0, codestream[at + 6 + 5 * i], "Ttlm");
            lengths[i] = in.getInt(at + 7 + 5 * i);
        }
        return lengths;
    }
}
