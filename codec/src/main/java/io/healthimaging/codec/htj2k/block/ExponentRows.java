package io.healthimaging.codec.htj2k.block;

import java.util.Arrays;

/**
 * The magnitude exponents the cleanup pass carries from one quad row to the next, as {@link QuadContext}
 * reads them: {@code above[c + 1]} for the bottom sample of column c in the previous quad row, while the
 * current row fills {@code below}. Shared by encoder and decoder so both see the same neighbourhood.
 */
final class ExponentRows {

    private int[] above = new int[0];
    private int[] below = new int[0];
    private int size;

    /** Starts a block {@code width} samples wide: nothing above the first quad row. */
    void start(int width) {
        size = width + 4;
        if (above.length < size) {
            above = new int[size];
            below = new int[size];
        }
        Arrays.fill(above, 0, size, 0);
        Arrays.fill(below, 0, size, 0);
    }

    int[] above() {
        return above;
    }

    int[] below() {
        return below;
    }

    /** The row just filled becomes the one above; the next starts empty. */
    void advance() {
        int[] filled = below;
        below = above;
        above = filled;
        Arrays.fill(below, 0, size, 0);
    }
}
