package io.healthimaging.codec.htj2k.block;

import java.util.Arrays;

/**
 * Which samples of a code-block are significant, with a one-sample border of insignificant samples so that
 * neighbourhood tests need no bounds checks.
 */
final class SignificanceMap {

    private byte[] states = new byte[0];
    private int stride;

    void reset(int width, int height) {
        stride = width + 2;
        int size = stride * (height + 2);
        if (states.length < size) {
            states = new byte[size];
        } else {
            Arrays.fill(states, 0, size, (byte) 0);
        }
    }

    void set(int x, int y) {
        states[(y + 1) * stride + x + 1] = 1;
    }

    boolean isSignificant(int x, int y) {
        return states[(y + 1) * stride + x + 1] != 0;
    }

    /**
     * Whether one of the eight neighbours is significant. In vertically causal mode the row below a stripe's
     * last row belongs to the next stripe and is treated as insignificant.
     */
    boolean hasSignificantNeighbour(int x, int y, boolean verticallyCausal) {
        int centre = (y + 1) * stride + x + 1;
        int rowsBelow = verticallyCausal && (y & 3) == 3 ? 0 : 1;
        return states[centre - stride - 1] + states[centre - stride] + states[centre - stride + 1]
                + states[centre - 1] + states[centre + 1]
                + rowsBelow * (states[centre + stride - 1] + states[centre + stride] + states[centre + stride + 1])
                != 0;
    }
}
