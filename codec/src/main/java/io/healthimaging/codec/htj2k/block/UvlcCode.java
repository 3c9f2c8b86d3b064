package io.healthimaging.codec.htj2k.block;

/**
 * The U-VLC code for a quad's exponent offset {@code u_q}: a prefix "1", "01", "001" or "000" (first bit
 * first) for u = 1, 2, 3..4 and 5 and more, followed later by a 0-, 1- or 5-bit suffix. Suffixes of 28 and
 * more announce a 4-bit extension for u of 33 and more, which no block of at most 30 bit-planes needs.
 */
final class UvlcCode {

    /** Largest u an encoder of at most 30 bit-planes produces (U_q is at most 31, kappa at least 1). */
    static final int MAX_U = 30;

    /** First suffix value that announces an extension. */
    static final int EXTENSION_SUFFIX = 28;

    private static final int[] PREFIX = new int[MAX_U + 1];
    private static final int[] SUFFIX = new int[MAX_U + 1];

    /**
     * Indexed by the next three bits (first bit least significant): prefix length | suffix length << 2 |
     * the u the prefix stands for << 5.
     */
    private static final int[] PREFIX_DECODING = new int[8];

    static {
        for (int u = 1; u <= MAX_U; u++) {
            if (u == 1) {
                PREFIX[u] = pack(0b1, 1);
            } else if (u == 2) {
                PREFIX[u] = pack(0b10, 2);
            } else if (u <= 4) {
                PREFIX[u] = pack(0b100, 3);
                SUFFIX[u] = pack(u - 3, 1);
            } else {
                PREFIX[u] = pack(0b000, 3);
                SUFFIX[u] = pack(u - 5, 5);
            }
        }
        for (int bits = 0; bits < 8; bits++) {
            if ((bits & 1) != 0) {
                PREFIX_DECODING[bits] = 1 | 0 << 2 | 1 << 5;
            } else if ((bits & 2) != 0) {
                PREFIX_DECODING[bits] = 2 | 0 << 2 | 2 << 5;
            } else if ((bits & 4) != 0) {
                PREFIX_DECODING[bits] = 3 | 1 << 2 | 3 << 5;
            } else {
                PREFIX_DECODING[bits] = 3 | 5 << 2 | 5 << 5;
            }
        }
    }

    private UvlcCode() {
    }

    private static int pack(int bits, int length) {
        return bits | length << 8;
    }

    /** Codeword bits of u's prefix ({@code u} 0 has none). */
    static int prefixBits(int u) {
        return PREFIX[u] & 0xFF;
    }

    static int prefixLength(int u) {
        return PREFIX[u] >>> 8;
    }

    static int suffixBits(int u) {
        return SUFFIX[u] & 0xFF;
    }

    static int suffixLength(int u) {
        return SUFFIX[u] >>> 8;
    }

    /** Decoding of the prefix at the start of {@code bits}: see {@link #PREFIX_DECODING}. */
    static int decodePrefix(int bits) {
        return PREFIX_DECODING[bits & 7];
    }
}
