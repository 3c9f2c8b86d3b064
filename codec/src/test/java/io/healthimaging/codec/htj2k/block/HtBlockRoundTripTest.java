package io.healthimaging.codec.htj2k.block;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntBinaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtBlockRoundTripTest {

    private static final int[][] SHAPES = {
        {1, 1}, {1, 17}, {17, 1}, {1, 64}, {64, 1}, {2, 2}, {3, 5}, {5, 3}, {13, 7}, {33, 31}, {4, 4},
        {64, 64}, {32, 128}, {128, 32}, {4, 1024}, {1024, 4}, {2, 1024}, {1024, 2}, {1, 1024}, {1024, 1},
        {63, 65}, {16, 256}
    };

    private final HtBlockEncoder encoder = new HtBlockEncoder();
    private final HtBlockDecoder decoder = new HtBlockDecoder();

    static Stream<Arguments> blocks() {
        List<Arguments> cases = new ArrayList<>();
        Random random = new Random(20261104);
        for (int[] shape : SHAPES) {
            for (int magnitudeBits : new int[] {1, 2, 5, 8, 13, 16, 23, 30}) {
                int limit = (1 << magnitudeBits) - 1;
                cases.add(block("uniform", shape, magnitudeBits, (x, y) -> signed(random, random.nextInt(limit + 1))));
                cases.add(block("sparse", shape, magnitudeBits,
                        (x, y) -> random.nextInt(10) == 0 ? signed(random, 1 + random.nextInt(limit)) : 0));
                cases.add(block("small", shape, magnitudeBits, (x, y) -> signed(random, random.nextInt(Math.min(4, limit + 1)))));
                cases.add(block("extremes", shape, magnitudeBits, (x, y) -> random.nextBoolean() ? limit : -limit));
                cases.add(block("geometric", shape, magnitudeBits,
                        (x, y) -> signed(random, random.nextInt(limit + 1) >>> random.nextInt(magnitudeBits))));
            }
            cases.add(block("gradient", shape, 16, (x, y) -> (x * 997 + y * 131) % 65535 - 32767));
            cases.add(block("checkerboard", shape, 12, (x, y) -> ((x ^ y) & 1) == 0 ? 4095 : -4095));
            cases.add(block("single", shape, 20, (x, y) -> x == shape[0] / 2 && y == shape[1] / 3 ? -777_777 : 0));
            cases.add(block("single one", shape, 8, (x, y) -> x == shape[0] - 1 && y == shape[1] - 1 ? 1 : 0));
        }
        return cases.stream();
    }

    private static int signed(Random random, int magnitude) {
        return random.nextBoolean() ? -magnitude : magnitude;
    }

    private static Arguments block(String name, int[] shape, int magnitudeBits, IntBinaryOperator sample) {
        int width = shape[0];
        int height = shape[1];
        int[] coefficients = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                coefficients[y * width + x] = sample.applyAsInt(x, y);
            }
        }
        return Arguments.of(name + " " + width + "x" + height + " Mb=" + magnitudeBits, coefficients, width,
                height, magnitudeBits);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void cleanupPassReproducesEveryCoefficient(String name, int[] coefficients, int width, int height,
                                               int magnitudeBits) {
        CodedBlock coded = encoder.encode(coefficients, 0, width, width, height, magnitudeBits);
        assertEquals(coded.passCount() == 0, isZero(coefficients), "passCount 0 exactly for an all-zero block");
        assertArrayEquals(coefficients, decode(coded, width, height, magnitudeBits, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void refinementPassesReproduceEveryCoefficient(String name, int[] coefficients, int width, int height,
                                                   int magnitudeBits) {
        for (boolean causal : new boolean[] {false, true}) {
            CodedBlock coded = encoder.encodeWithRefinement(coefficients, 0, width, width, height, magnitudeBits,
                    causal);
            assertArrayEquals(coefficients, decode(coded, width, height, magnitudeBits, causal));
        }
    }

    @Test
    void refinementMakesThreePassesWhenSigPropReachesEverySampleOfMagnitudeOne() {
        assertRefinementCoding(new int[] {
            5, 1, 0, -9,
            -1, 0, 0, 1,
            0, 0, -3, 0,
            2, 1, 0, 0}, 4, 4, 4, 3, 2);
    }

    @Test
    void isolatedSampleOfMagnitudeOneMakesRefinementFallBackToTheCleanupPass() {
        assertRefinementCoding(new int[] {
            5, 0, 0, 0,
            0, 0, 0, 0,
            0, 0, 0, -1,
            0, 0, 0, 0}, 4, 4, 4, 1, 3);
    }

    @Test
    void singleMagnitudeBitPlaneIsCodedByTheCleanupPassAlone() {
        assertRefinementCoding(new int[] {1, -1, 1, 1, 0, -1}, 3, 2, 1, 1, 0);
    }

    private void assertRefinementCoding(int[] coefficients, int width, int height, int magnitudeBits,
                                        int passCount, int missingMsbs) {
        CodedBlock coded = encoder.encodeWithRefinement(coefficients, 0, width, width, height, magnitudeBits);
        assertEquals(passCount, coded.passCount());
        assertEquals(missingMsbs, coded.missingMsbs());
        assertArrayEquals(coefficients, decode(coded, width, height, magnitudeBits, false));
    }

    /**
     * In vertically causal mode SigProp ignores the stripe below, so it visits other samples: the same block
     * read with the other mode's rule comes out different.
     */
    @Test
    void verticallyCausalModeChangesWhatSigPropCodes() {
        int[] coefficients = SigPropPatterns.STRIPE_EDGE;
        assertEquals(3, encoder.encodeWithRefinement(coefficients, 0, 8, 8, 8, 5, false).passCount());
        CodedBlock coded = encoder.encodeWithRefinement(coefficients, 0, 8, 8, 8, 5, true);
        assertEquals(3, coded.passCount());
        assertArrayEquals(coefficients, decode(coded, 8, 8, 5, true));
        assertFalse(Arrays.equals(coefficients, decode(coded, 8, 8, 5, false)));
    }

    /** Decoding fewer passes than were coded gives the coarser coefficients and says how many planes are left. */
    @Test
    void decodingPartOfAnHtSetLeavesTheLowPlanesUndecoded() {
        Random random = new Random(7);
        int[] coefficients = new int[32 * 32];
        for (int i = 0; i < coefficients.length; i++) {
            coefficients[i] = random.nextInt(201) - 100;
        }
        CodedBlock coded = encoder.encodeWithRefinement(coefficients, 0, 32, 32, 32, 8);
        assertEquals(3, coded.passCount());
        int[] cleanupOnly = new int[coefficients.length];
        assertEquals(1, decoder.decode(coded.bytes(), 0, coded.cleanupLength(), coded.refinementLength(), 1,
                coded.missingMsbs(), 8, 32, 32, cleanupOnly, 0, 32));
        int[] withSigProp = new int[coefficients.length];
        assertEquals(0, decoder.decode(coded.bytes(), 0, coded.cleanupLength(), coded.refinementLength(), 2,
                coded.missingMsbs(), 8, 32, 32, withSigProp, 0, 32));
        for (int i = 0; i < coefficients.length; i++) {
            int c = coefficients[i];
            int coarse = Integer.signum(c) * (Math.abs(c) & ~1);
            assertEquals(coarse, cleanupOnly[i]);
            assertEquals(Math.abs(c) == 1 ? c : coarse, withSigProp[i]);
        }
    }

    @Test
    void blocksInsideLargerRastersAreReadAndWrittenThroughOffsetAndStride() {
        Random random = new Random(11);
        int stride = 100;
        int[] raster = new int[stride * 80];
        for (int i = 0; i < raster.length; i++) {
            raster[i] = random.nextInt(2001) - 1000;
        }
        int offset = 7 * stride + 30;
        CodedBlock coded = encoder.encode(raster, offset, stride, 37, 45, 11);
        int[] out = new int[raster.length];
        decoder.decode(coded.bytes(), 0, coded.cleanupLength(), 0, 1, coded.missingMsbs(), 11, 37, 45, out, offset,
                stride);
        for (int i = 0; i < raster.length; i++) {
            int x = i % stride - 30;
            int y = i / stride - 7;
            boolean inside = x >= 0 && x < 37 && y >= 0 && y < 45;
            assertEquals(inside ? raster[i] : 0, out[i]);
        }
    }

    private int[] decode(CodedBlock coded, int width, int height, int magnitudeBits, boolean causal) {
        int[] decoded = new int[width * height];
        int undecoded = decoder.decode(coded.bytes(), 0, coded.cleanupLength(), coded.refinementLength(),
                coded.passCount(), coded.missingMsbs(), magnitudeBits, width, height, decoded, 0, width, causal);
        assertEquals(coded.passCount() == 0 ? magnitudeBits : 0, undecoded);
        return decoded;
    }

    private static boolean isZero(int[] coefficients) {
        for (int c : coefficients) {
            if (c != 0) {
                return false;
            }
        }
        return true;
    }
}
