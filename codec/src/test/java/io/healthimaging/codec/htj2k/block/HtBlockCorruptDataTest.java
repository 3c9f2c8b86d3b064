package io.healthimaging.codec.htj2k.block;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Corrupt, truncated and random coded data ends in an {@link HtCodingException} naming the violated rule,
 * or, where HT data has no redundancy to tell (it carries no checksum), in some decoded block; never in
 * another exception or a write outside the block.
 */
class HtBlockCorruptDataTest {

    private static final int MB = 16;

    private final HtBlockEncoder encoder = new HtBlockEncoder();
    private final HtBlockDecoder decoder = new HtBlockDecoder();

    private static int[] noise(int width, int height, int limit, long seed) {
        Random random = new Random(seed);
        int[] coefficients = new int[width * height];
        for (int i = 0; i < coefficients.length; i++) {
            coefficients[i] = random.nextInt(2 * limit + 1) - limit;
        }
        return coefficients;
    }

    private int decode(byte[] data, int cleanupLength, int refinementLength, int passCount, int missingMsbs,
                       int width, int height) {
        return decoder.decode(data, 0, cleanupLength, refinementLength, passCount, missingMsbs, MB, width, height,
                new int[width * height], 0, width);
    }

    private HtCodingException rejected(CodedBlock block, byte[] data, int width, int height) {
        return assertThrows(HtCodingException.class, () -> decode(data, block.cleanupLength(),
                block.refinementLength(), block.passCount(), block.missingMsbs(), width, height));
    }

    /**
     * Cutting a cleanup segment short moves the Scup suffix onto other bytes; the segment then breaks one of
     * the structural rules, except in the rare cut where what is left happens to be self-consistent.
     */
    @Test
    void truncatedCleanupSegmentsAreAlmostAlwaysDetected() {
        int[][] shapes = {{64, 64}, {32, 128}, {128, 32}, {1024, 4}, {16, 16}, {13, 7}};
        int cuts = 0;
        int detected = 0;
        for (int[] shape : shapes) {
            for (int limit : new int[] {3, 255, 30000}) {
                int[] coefficients = noise(shape[0], shape[1], limit, limit);
                CodedBlock block = encoder.encode(coefficients, 0, shape[0], shape[0], shape[1], MB);
                for (int length = 0; length < block.cleanupLength(); length++) {
                    cuts++;
                    try {
                        decode(block.bytes(), length, 0, 1, block.missingMsbs(), shape[0], shape[1]);
                    } catch (HtCodingException expected) {
                        detected++;
                    }
                }
            }
        }
        assertTrue(detected >= cuts * 0.999, detected + " of " + cuts + " truncations detected");
    }

    @Test
    void cleanupSegmentShorterThanItsSuffixIsRejected() {
        byte[] data = {0x12, 0x34};
        assertTrue(assertThrows(HtCodingException.class, () -> decode(data, 1, 0, 1, MB - 1, 4, 4))
                .getMessage().contains("2-byte Scup suffix"));
        assertThrows(HtCodingException.class, () -> decode(data, 0, 0, 1, MB - 1, 4, 4));
    }

    @Test
    void scupOutsideItsLegalRangeIsRejected() {
        CodedBlock block = encoder.encode(noise(32, 32, 255, 1), 0, 32, 32, 32, MB);
        int end = block.cleanupLength();
        for (int scup : new int[] {0, 1, end + 1, 4080, 4095}) {
            byte[] data = block.bytes().clone();
            data[end - 1] = (byte) (scup >>> 4);
            data[end - 2] = (byte) (data[end - 2] & 0xF0 | scup & 0xF);
            assertTrue(rejected(block, data, 32, 32).getMessage().contains("declares Scup " + scup));
        }
    }

    @Test
    void markerCodeInsideMagSgnIsRejected() {
        CodedBlock block = encoder.encode(noise(64, 64, 255, 2), 0, 64, 64, 64, MB);
        byte[] data = block.bytes().clone();
        data[10] = (byte) 0xFF;
        data[11] = (byte) 0x90;
        assertTrue(rejected(block, data, 64, 64).getMessage().contains("MagSgn segment holds a marker code 0xFF90"));
    }

    @Test
    void significanceOutsideTheBlockIsRejected() {
        int[] full = {5, -6, 7, -8, 9, -10, 11, -12, 13, -14, 15, -16, 17, -18, 19, -20};
        CodedBlock block = encoder.encode(full, 0, 4, 4, 4, MB);
        assertTrue(assertThrows(HtCodingException.class,
                () -> decode(block.bytes(), block.cleanupLength(), 0, 1, block.missingMsbs(), 3, 3))
                .getMessage().contains("outside the 3x3 code-block"));
    }

    @Test
    void exponentAboveWhatTheMissingMsbsAllowIsRejected() {
        CodedBlock block = encoder.encode(noise(16, 16, 30000, 3), 0, 16, 16, 16, MB);
        assertTrue(assertThrows(HtCodingException.class,
                () -> decode(block.bytes(), block.cleanupLength(), 0, 1, 5, 16, 16))
                .getMessage().contains("exceeds the 7 that the signalled missing MSBs allow"));
    }

    @Test
    void passesTheBlockCannotHaveAreRejected() {
        CodedBlock block = encoder.encode(noise(8, 8, 100, 4), 0, 8, 8, 8, MB);
        byte[] data = block.bytes();
        int length = block.cleanupLength();
        assertThrows(HtCodingException.class, () -> decode(data, length, 0, 1, MB, 8, 8));
        assertThrows(HtCodingException.class, () -> decode(data, length, 0, 1, -1, 8, 8));
        assertTrue(assertThrows(HtCodingException.class, () -> decode(data, length, 0, 4, MB - 2, 8, 8))
                .getMessage().contains("4 coding passes"));
        assertTrue(assertThrows(HtCodingException.class, () -> decode(data, length, 0, 3, MB - 1, 8, 8))
                .getMessage().contains("below bit-plane 0"));
    }

    @Test
    void truncatedRefinementSegmentIsDetectedWhenMagRefWouldReadPastIt() {
        CodedBlock block = encoder.encodeWithRefinement(noise(64, 64, 255, 5), 0, 64, 64, 64, MB);
        assertEquals(3, block.passCount());
        assertTrue(assertThrows(HtCodingException.class, () -> decode(block.bytes(), block.cleanupLength(), 1, 3,
                block.missingMsbs(), 64, 64)).getMessage().contains("MagRef data runs past"));
    }

    /**
     * Random data of random lengths, placed between random bytes, for random block shapes and pass counts: the
     * decoder either rejects it with an {@link HtCodingException} or decodes something, and what it decodes
     * depends only on the segment, never on the bytes around it or the output around the block.
     */
    @Test
    void randomBytesAreRejectedOrDecodedWithoutLookingOutsideTheSegment() {
        Random random = new Random(99);
        int rejected = 0;
        for (int trial = 0; trial < 20000; trial++) {
            int width = 1 + random.nextInt(64);
            int height = 1 + random.nextInt(Math.min(1024, 4096 / width));
            int length = random.nextInt(400);
            int refinement = length == 0 ? 0 : random.nextInt(length);
            int passCount = 1 + random.nextInt(3);
            int missingMsbs = random.nextInt(MB);
            byte[] segment = new byte[length];
            random.nextBytes(segment);
            int[] first = decodeSurrounded(segment, length - refinement, refinement, passCount, missingMsbs, width,
                    height, random);
            int[] second = decodeSurrounded(segment, length - refinement, refinement, passCount, missingMsbs, width,
                    height, random);
            assertArrayEquals(first, second);
            if (first == null) {
                rejected++;
            }
        }
        assertTrue(rejected > 19000, rejected + " of 20000 random segments rejected");
    }

    /** Decodes the segment amid random bytes into the middle of a sentinel-filled output; null if rejected. */
    private int[] decodeSurrounded(byte[] segment, int cleanupLength, int refinementLength, int passCount,
                                   int missingMsbs, int width, int height, Random random) {
        byte[] data = new byte[segment.length + 64];
        random.nextBytes(data);
        int offset = 1 + random.nextInt(32);
        System.arraycopy(segment, 0, data, offset, segment.length);
        int stride = width + 3;
        int[] out = new int[stride * (height + 2)];
        Arrays.fill(out, 0x5EA1ED);
        int outOffset = stride + 1;
        try {
            int undecoded = decoder.decode(data, offset, cleanupLength, refinementLength, passCount, missingMsbs, MB,
                    width, height, out, outOffset, stride);
            assertTrue(undecoded >= 0 && undecoded < MB);
        } catch (HtCodingException expected) {
            return null;
        } catch (RuntimeException other) {
            fail("random segment of " + segment.length + " bytes, " + passCount + " passes, " + width + "x"
                    + height + " threw " + other, other);
        }
        int[] block = new int[width * height];
        for (int i = 0; i < out.length; i++) {
            int x = i % stride - 1;
            int y = i / stride - 1;
            if (x >= 0 && x < width && y >= 0 && y < height) {
                block[y * width + x] = out[i];
            } else {
                assertEquals(0x5EA1ED, out[i], "output written outside the block");
            }
        }
        return block;
    }

    @Test
    void argumentsThatDescribeNoBlockAreRejected() {
        int[] out = new int[4096];
        byte[] data = new byte[16];
        assertThrows(IllegalArgumentException.class,
                () -> decoder.decode(data, 0, 16, 0, 1, 3, MB, 0, 4, out, 0, 4));
        assertThrows(IllegalArgumentException.class,
                () -> decoder.decode(data, 0, 16, 0, 1, 3, MB, 2048, 2, out, 0, 2048));
        assertThrows(IllegalArgumentException.class,
                () -> decoder.decode(data, 0, 16, 0, 1, 3, MB, 65, 65, new int[65 * 65], 0, 65));
        assertThrows(IllegalArgumentException.class,
                () -> decoder.decode(data, 0, 16, 0, 1, 3, 31, 4, 4, out, 0, 4));
        assertThrows(IllegalArgumentException.class,
                () -> decoder.decode(data, 8, 16, 0, 1, 3, MB, 4, 4, out, 0, 4));
        assertThrows(IllegalArgumentException.class,
                () -> decoder.decode(data, 0, 16, 0, 1, 3, MB, 64, 64, out, 1, 64));
        assertThrows(IllegalArgumentException.class,
                () -> decoder.decode(data, 0, 16, 0, 1, 3, MB, 8, 8, out, 0, 7));
        int[] coefficients = {1, 2, 3, 65536};
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(coefficients, 0, 2, 2, 2, MB));
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(coefficients, 0, 2, 2, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(coefficients, 1, 2, 2, 2, 17));
        assertThrows(IllegalArgumentException.class,
                () -> encoder.encode(new int[] {Integer.MIN_VALUE}, 0, 1, 1, 1, 30));
    }
}
