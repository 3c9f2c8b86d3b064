package io.healthimaging.codec.htj2k.wavelet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The reversible 5/3 lifting of Annex F: worked values and exact inversion for every size and parity. */
class Reversible53Test {

    @Test
    void analysisOfARampGivesTheValuesWorkedOutByHand() {
        // F.4.8.1 with whole-sample symmetric extension: high = [2 - (1+3)/2, 4 - (3+3)/2] = [0, 1],
        // low = [1 + (0+0+2)/4, 3 + (0+1+2)/4] = [1, 3].
        int[] line = {1, 2, 3, 4};
        int[] scratch = new int[4];
        Reversible53.forward(line, 0, 4, 0, 0, 4, 1, scratch);
        assertArrayEquals(new int[] {1, 3, 0, 1}, line);
    }

    @Test
    void synthesisInvertsAnalysisForEverySizeAndOrigin() {
        SplittableRandom random = new SplittableRandom(71);
        for (int width = 1; width <= 9; width++) {
            for (int height = 1; height <= 9; height++) {
                for (int x0 = 0; x0 <= 1; x0++) {
                    for (int y0 = 0; y0 <= 1; y0++) {
                        int stride = width + 3;
                        int[] data = new int[stride * height];
                        for (int i = 0; i < data.length; i++) {
                            data[i] = random.nextInt(-40000, 40000);
                        }
                        int[] original = data.clone();
                        int[] scratch = new int[width * height];
                        Reversible53.forward(data, 0, stride, x0, y0, width, height, scratch);
                        Reversible53.inverse(data, 0, stride, x0, y0, width, height, scratch);
                        assertArrayEquals(original, data, width + "x" + height + " at (" + x0 + "," + y0 + ")");
                    }
                }
            }
        }
    }
}
