package io.healthimaging.codec.htj2k.codestream;

/**
 * The tag tree of B.10.2 over a grid of code-blocks: each node holds the minimum of its children, and
 * a value is coded by the bits that raise a lower bound from the root down to the leaf. One instance
 * serves either the encoder (values set in advance) or the decoder (values learned from the bits).
 */
final class TagTree {
    private static final int UNKNOWN = Integer.MAX_VALUE;

    /** Node index of the parent, -1 for the root. */
    private final int[] parent;
    private final int[] value;
    private final int[] lowerBound;
    private final boolean[] sent;
    private final int leafCount;
    private final int[] path = new int[40];

    TagTree(int width, int height) {
        leafCount = width * height;
        int nodes = 0;
        int w = width;
        int h = height;
        while (true) {
            nodes += w * h;
            if (w == 1 && h == 1) {
                break;
            }
            w = (w + 1) >> 1;
            h = (h + 1) >> 1;
        }
        parent = new int[nodes];
        value = new int[nodes];
        lowerBound = new int[nodes];
        sent = new boolean[nodes];
        java.util.Arrays.fill(value, UNKNOWN);
        int levelStart = 0;
        w = width;
        h = height;
        while (!(w == 1 && h == 1)) {
            int nextStart = levelStart + w * h;
            int nextWidth = (w + 1) >> 1;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    parent[levelStart + y * w + x] = nextStart + (y >> 1) * nextWidth + (x >> 1);
                }
            }
            levelStart = nextStart;
            w = nextWidth;
            h = (h + 1) >> 1;
        }
        parent[nodes - 1] = -1;
    }

    /** Encoder: sets the leaves' values and derives every parent as the minimum of its children. */
    void setLeafValues(int[] leaves) {
        java.util.Arrays.fill(value, UNKNOWN);
        System.arraycopy(leaves, 0, value, 0, leafCount);
        for (int node = 0; node < parent.length - 1; node++) {
            int p = parent[node];
            value[p] = Math.min(value[p], value[node]);
        }
    }

    /** Encoder: writes the bits telling whether leaf {@code leaf}'s value is below {@code threshold}. */
    void encode(int leaf, int threshold, PacketHeaderWriter out) {
        int depth = pathFromRoot(leaf);
        int low = 0;
        for (int i = depth - 1; i >= 0; i--) {
            int node = path[i];
            low = Math.max(low, lowerBound[node]);
            while (low < threshold) {
                if (low >= value[node]) {
                    if (!sent[node]) {
                        out.bit(1);
                        sent[node] = true;
                    }
                    break;
                }
                out.bit(0);
                low++;
            }
            lowerBound[node] = low;
        }
    }

    /** Decoder: reads bits until it knows whether leaf {@code leaf}'s value is below {@code threshold}. */
    boolean decodeBelow(int leaf, int threshold, PacketHeaderBits in) {
        int depth = pathFromRoot(leaf);
        int low = 0;
        for (int i = depth - 1; i >= 0; i--) {
            int node = path[i];
            low = Math.max(low, lowerBound[node]);
            while (low < threshold && low < value[node]) {
                if (in.bit() == 1) {
                    value[node] = low;
                } else {
                    low++;
                }
            }
            lowerBound[node] = low;
        }
        return value[leaf] < threshold;
    }

    /** Decoder: reads the full value of leaf {@code leaf}, which must not exceed {@code limit}. */
    int decodeValue(int leaf, int limit, PacketHeaderBits in) {
        if (!decodeBelow(leaf, limit + 1, in)) {
            throw new io.healthimaging.codec.htj2k.InvalidCodestreamException(
                    "a tag tree value in a packet header exceeds " + limit);
        }
        return value[leaf];
    }

    private int pathFromRoot(int leaf) {
        int depth = 0;
        for (int node = leaf; node >= 0; node = parent[node]) {
            path[depth++] = node;
        }
        return depth;
    }
}
