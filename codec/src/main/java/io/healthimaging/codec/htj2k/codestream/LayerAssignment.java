package io.healthimaging.codec.htj2k.codestream;

/**
 * Which quality layer carries each coding pass of the code-blocks of one precinct: the HT cleanup pass
 * in one layer, the SigProp and MagRef passes in the same or a later one.
 */
public interface LayerAssignment {
    /** Every pass of every code-block in layer 0. */
    LayerAssignment SINGLE_LAYER = new LayerAssignment() {
        @Override
        public int cleanupLayer(int band, int block) {
            return 0;
        }

        @Override
        public int refinementLayer(int band, int block) {
            return 0;
        }
    };

    int cleanupLayer(int band, int block);

    /** At least {@link #cleanupLayer} of the same block. */
    int refinementLayer(int band, int block);
}
