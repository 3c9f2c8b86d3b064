package io.healthimaging.codec.htj2k.block;

/**
 * The scan order of the HT refinement passes, shared by encoder and decoder: stripes of four rows, and
 * within a stripe column after column, top to bottom. SigProp works in groups of four columns and sends
 * the signs of a group's newly significant samples after the group's significance bits.
 */
final class RefinementScan {

    private final int[] newlySignificant = new int[16];

    /** MagRef over the samples significant in {@code map}, which must hold only the cleanup's significance. */
    void magnitudeRefinement(SignificanceMap map, int width, int height, RefinementBits bits) {
        for (int stripe = 0; stripe < height; stripe += 4) {
            int stripeEnd = Math.min(stripe + 4, height);
            for (int x = 0; x < width; x++) {
                for (int y = stripe; y < stripeEnd; y++) {
                    if (map.isSignificant(x, y)) {
                        bits.magnitude(x, y);
                    }
                }
            }
        }
    }

    /** SigProp; samples that become significant are added to {@code map} as the scan proceeds. */
    void significancePropagation(SignificanceMap map, int width, int height, boolean verticallyCausal,
                                 RefinementBits bits) {
        for (int stripe = 0; stripe < height; stripe += 4) {
            int stripeEnd = Math.min(stripe + 4, height);
            for (int group = 0; group < width; group += 4) {
                int groupEnd = Math.min(group + 4, width);
                int count = 0;
                for (int x = group; x < groupEnd; x++) {
                    for (int y = stripe; y < stripeEnd; y++) {
                        if (!map.isSignificant(x, y) && map.hasSignificantNeighbour(x, y, verticallyCausal)
                                && bits.significance(x, y) != 0) {
                            map.set(x, y);
                            newlySignificant[count++] = y << 16 | x;
                        }
                    }
                }
                for (int i = 0; i < count; i++) {
                    bits.sign(newlySignificant[i] & 0xFFFF, newlySignificant[i] >>> 16);
                }
            }
        }
    }
}
