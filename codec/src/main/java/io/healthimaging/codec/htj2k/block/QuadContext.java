package io.healthimaging.codec.htj2k.block;

/**
 * The neighbourhood rules of the cleanup pass, shared by its encoder and decoder. Quads are 2x2 samples
 * whose significance pattern {@code rho} has bit 0 top-left, 1 bottom-left, 2 top-right, 3 bottom-right.
 * For rows after the first, {@code above[c + 1]} holds the magnitude exponent E (0 when insignificant) of
 * the sample in column c of the row just above the quad, with zeros outside the block.
 */
final class QuadContext {

    private QuadContext() {
    }

    /** Context of the quad in columns x, x+1 that follows, in its quad row, a quad with pattern {@code westRho}. */
    static int of(boolean firstRow, int[] above, int x, int westRho) {
        return firstRow ? firstRowContextAfter(westRho) : laterRowContext(above, x, westRho);
    }

    /** First-row context of the quad after one with pattern {@code rho}: its left column, top, bottom. */
    private static int firstRowContextAfter(int rho) {
        return (rho | rho >>> 1) & 1 | rho >>> 1 & 6;
    }

    /**
     * Later-row context of the quad in columns x, x+1 after a quad with pattern {@code westRho}: north-west
     * or north, west (the right column of the quad before), north-east or beyond.
     */
    private static int laterRowContext(int[] above, int x, int westRho) {
        int northWest = (above[x] | above[x + 1]) != 0 ? 1 : 0;
        int west = (westRho | westRho >>> 1) >>> 1 & 2;
        int northEast = (above[x + 2] | above[x + 3]) != 0 ? 4 : 0;
        return northWest | west | northEast;
    }

    /**
     * kappa: the exponent predictor of a later-row quad, from the largest exponent among the four samples
     * above it; only quads with more than one significant sample use the neighbourhood.
     */
    static int laterRowKappa(int[] above, int x, int rho) {
        if ((rho & rho - 1) == 0) {
            return 1;
        }
        int largest = Math.max(Math.max(above[x], above[x + 1]), Math.max(above[x + 2], above[x + 3]));
        return Math.max(1, largest - 1);
    }
}
