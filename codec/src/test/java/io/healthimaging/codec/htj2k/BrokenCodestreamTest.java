package io.healthimaging.codec.htj2k;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.testing.OpenJph;
import io.healthimaging.codec.testing.TestImages;
import io.healthimaging.codec.testing.TestImages.Content;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken codestreams end in a precise {@link Htj2kException} (never an index error, a hang or an
 * allocation sized by a forged header).
 */
class BrokenCodestreamTest {
    @TempDir
    Path directory;

    private final SampleImage image = TestImages.of(Content.ANATOMY, 150, 110, 3, 12, false, 51);
    private final Htj2kDecoder decoder = new Htj2kDecoder();

    private List<byte[]> codestreams() throws IOException {
        byte[] ours = new Htj2kEncoder().encode(image);
        byte[] tiled = Files.readAllBytes(OpenJph.compress(image, directory, "tiled", "-reversible", "true",
                "-tile_size", "{64,64}", "-precincts", "{32,32}", "-block_size", "{16,16}"));
        byte[] lossy = Files.readAllBytes(OpenJph.compress(image, directory, "lossy", "-qstep", "0.01"));
        return List.of(ours, tiled, lossy);
    }

    @Test
    void truncationAtEveryMarkerBoundaryIsRejected() throws IOException {
        for (byte[] codestream : codestreams()) {
            List<Integer> boundaries = markerBoundaries(codestream);
            assertTrue(boundaries.size() > 8, "walked the codestream's markers");
            for (int end : boundaries) {
                byte[] truncated = Arrays.copyOf(codestream, end);
                if (end == codestream.length - 2) {
                    // Only the EOC marker is missing: every tile-part is complete, as decoders tolerate.
                    assertEquals(decoder.decode(codestream), decoder.decode(truncated));
                } else {
                    assertThrows(InvalidCodestreamException.class, () -> decoder.decode(truncated),
                            "truncated at " + end + " of " + codestream.length);
                }
            }
        }
    }

    @Test
    void truncationAtRandomPointsIsRejected() throws IOException {
        SplittableRandom random = new SplittableRandom(52);
        for (byte[] codestream : codestreams()) {
            for (int i = 0; i < 150; i++) {
                int end = random.nextInt(codestream.length - 2);
                byte[] truncated = Arrays.copyOf(codestream, end);
                assertThrows(InvalidCodestreamException.class, () -> decoder.decode(truncated), "truncated at " + end);
            }
        }
    }

    @Test
    void wrongMarkerSegmentLengthsAreRejected() throws IOException {
        for (byte[] codestream : codestreams()) {
            for (int at : markerSegmentsBeforeData(codestream)) {
                int length = ((codestream[at + 2] & 0xFF) << 8) | (codestream[at + 3] & 0xFF);
                for (int wrong : new int[] {0, 1, length - 1, length + 1, 0xFFFF}) {
                    byte[] broken = codestream.clone();
                    broken[at + 2] = (byte) (wrong >> 8);
                    broken[at + 3] = (byte) wrong;
                    assertThrows(Htj2kException.class, () -> decoder.decode(broken),
                            String.format("marker 0x%02X%02X at %d with length %d", broken[at], broken[at + 1], at,
                                    wrong));
                }
            }
        }
    }

    @Test
    void impossibleSizesAreRejected() {
        byte[] codestream = new Htj2kEncoder().encode(image);
        // SIZ fields: Rsiz at 6, Xsiz 8, Ysiz 12, XOsiz 16, YOsiz 20, XTsiz 24, YTsiz 28, XTOsiz 32, YTOsiz 36,
        // Csiz 40, then Ssiz, XRsiz, YRsiz per component.
        assertThrows(InvalidCodestreamException.class, () -> decoder.decode(withInt(codestream, 16, 150)),
                "XOsiz = Xsiz");
        assertThrows(InvalidCodestreamException.class, () -> decoder.decode(withInt(codestream, 24, 0)),
                "zero tile width");
        assertThrows(InvalidCodestreamException.class, () -> decoder.decode(withByte(codestream, 43, 0)),
                "XRsiz 0");
        assertThrows(InvalidCodestreamException.class, () -> decoder.decode(withByte(codestream, 44, 0)),
                "YRsiz 0");
        assertThrows(UnsupportedCodestreamException.class, () -> decoder.decode(withByte(codestream, 42, 0x1F)),
                "32-bit samples");
        assertThrows(InvalidCodestreamException.class, () -> decoder.decode(withByte(codestream, 42, 0x26)),
                "39-bit precision");
        assertThrows(InvalidCodestreamException.class, () -> decoder.decode(withInt(codestream, 28, 1)),
                "150 x 110 tiles of height 1 need more packets than the data holds");
        int cod = markerOffset(codestream, 0xFF52);
        assertThrows(InvalidCodestreamException.class, () -> decoder.decode(withByte(codestream, cod + 9, 33)),
                "33 decomposition levels");
        assertThrows(InvalidCodestreamException.class, () -> decoder.decode(withByte(codestream, cod + 10, 8)),
                "code-blocks of 2^10 x 2^6");
        assertThrows(InvalidCodestreamException.class, () -> decoder.decode(withByte(codestream, cod + 5, 7)),
                "progression order 7");
    }

    @Test
    void hugeDeclaredDimensionsAreRefusedBeforeAllocating() {
        byte[] codestream = new Htj2kEncoder().encode(image);
        byte[] huge = withInt(withInt(withInt(withInt(codestream, 8, 0x7FFF_FFFF), 12, 0x7FFF_FFFF), 24,
                0x7FFF_FFFF), 28, 0x7FFF_FFFF);
        UnsupportedCodestreamException e = assertThrows(UnsupportedCodestreamException.class,
                () -> decoder.decode(huge));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
        assertThrows(UnsupportedCodestreamException.class, () -> new Htj2kDecoder(10_000).decode(codestream),
                "a configured limit below the image");
        assertThrows(UnsupportedCodestreamException.class, () -> decoder.decode(withInt(codestream, 8, 0x8000_0000)),
                "coordinates beyond 2^31 - 1");
    }

    @Test
    void corruptedPacketDataIsDecodedOrRejectedPrecisely() throws IOException {
        SplittableRandom random = new SplittableRandom(53);
        for (byte[] codestream : codestreams()) {
            int dataStart = markerOffset(codestream, 0xFF93) + 2;
            for (int i = 0; i < 200; i++) {
                byte[] broken = codestream.clone();
                for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                    int at = dataStart + random.nextInt(broken.length - 2 - dataStart);
                    broken[at] ^= (byte) (1 << random.nextInt(8));
                }
                try {
                    SampleImage decoded = decoder.decode(broken);
                    assertEquals(image.width(), decoded.width());
                } catch (Htj2kException expected) {
                    assertTrue(expected.getMessage() != null && !expected.getMessage().isEmpty());
                }
            }
        }
    }

    @Test
    void codeBlockStylesOtherThanHtAreReportedAsUnsupported() throws IOException {
        byte[] codestream = new Htj2kEncoder().encode(image);
        int cod = markerOffset(codestream, 0xFF52);
        UnsupportedCodestreamException mixed = assertThrows(UnsupportedCodestreamException.class,
                () -> decoder.decode(withByte(codestream, cod + 12, 0xC0)));
        assertTrue(mixed.getMessage().contains("mixes HT and Part 1"), mixed.getMessage());

        Path pgm = directory.resolve("part1.pgm");
        io.healthimaging.codec.cli.PnmFile.write(TestImages.of(Content.ANATOMY, 64, 48, 1, 8, false, 54), pgm);
        Path part1 = directory.resolve("part1.j2k");
        io.healthimaging.codec.testing.ExternalTool.run(directory, "opj_compress", "-i", pgm.toString(), "-o",
                part1.toString());
        UnsupportedCodestreamException ebcot = assertThrows(UnsupportedCodestreamException.class,
                () -> decoder.decode(Files.readAllBytes(part1)));
        assertTrue(ebcot.getMessage().contains("Part 1 (EBCOT)"), ebcot.getMessage());
    }

    @Test
    void regionOfInterestIsReportedAsUnsupported() {
        byte[] codestream = new Htj2kEncoder().encode(image);
        int sot = markerOffset(codestream, 0xFF90);
        byte[] rgn = {(byte) 0xFF, 0x5E, 0, 5, 0, 0, 4};
        byte[] withRgn = ByteBuffer.allocate(codestream.length + rgn.length).put(codestream, 0, sot).put(rgn)
                .put(codestream, sot, codestream.length - sot).array();
        UnsupportedCodestreamException e = assertThrows(UnsupportedCodestreamException.class,
                () -> decoder.decode(withRgn));
        assertTrue(e.getMessage().contains("region of interest"), e.getMessage());
    }

    @Test
    void notACodestreamIsRejected() {
        assertThrows(InvalidCodestreamException.class, () -> decoder.decode(new byte[0]));
        assertThrows(InvalidCodestreamException.class, () -> decoder.decode(new byte[] {1, 2, 3, 4}));
        assertThrows(InvalidCodestreamException.class, () -> decoder.decode(new byte[] {(byte) 0xFF, 0x4F}));
    }

    /** Offsets where a marker starts, walking marker segments and then tile-parts by Psot. */
    private static List<Integer> markerBoundaries(byte[] codestream) {
        List<Integer> boundaries = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(codestream);
        int at = 2;
        boundaries.add(at);
        while ((in.getShort(at) & 0xFFFF) != 0xFF90) {
            at += 2 + (in.getShort(at + 2) & 0xFFFF);
            boundaries.add(at);
        }
        while ((in.getShort(at) & 0xFFFF) == 0xFF90) {
            int partEnd = at + in.getInt(at + 6);
            int marker = at + 12;
            boundaries.add(marker);
            while ((in.getShort(marker) & 0xFFFF) != 0xFF93) {
                marker += 2 + (in.getShort(marker + 2) & 0xFFFF);
                boundaries.add(marker);
            }
            boundaries.add(marker + 2);
            at = partEnd;
            boundaries.add(at);
        }
        return boundaries;
    }

    /** Offsets of the length-carrying marker segments of the main header and tile-part headers. */
    private static List<Integer> markerSegmentsBeforeData(byte[] codestream) {
        List<Integer> segments = new ArrayList<>();
        for (int at : markerBoundaries(codestream)) {
            int marker = at + 1 < codestream.length ? ((codestream[at] & 0xFF) << 8) | (codestream[at + 1] & 0xFF) : 0;
            if (marker >= 0xFF50 && marker != 0xFF93 && marker != 0xFFD9 && at > 0) {
                segments.add(at);
            }
        }
        return segments;
    }

    /** Offset of the first {@code marker} among the main header's and first tile-part header's markers. */
    private static int markerOffset(byte[] codestream, int marker) {
        for (int at : markerBoundaries(codestream)) {
            if (((codestream[at] & 0xFF) << 8 | (codestream[at + 1] & 0xFF)) == marker) {
                return at;
            }
        }
        throw new AssertionError("no marker " + Integer.toHexString(marker));
    }

    private static byte[] withInt(byte[] codestream, int at, int value) {
        byte[] changed = codestream.clone();
        ByteBuffer.wrap(changed).putInt(at, value);
        return changed;
    }

    private static byte[] withByte(byte[] codestream, int at, int value) {
        byte[] changed = codestream.clone();
        changed[at] = (byte) value;
        return changed;
    }
}
