package io.healthimaging.codec.pixel.jpeg;

import io.healthimaging.codec.pixel.PixelDataException;

/**
 * A Huffman table of a DHT segment (ITU-T T.81 Annex C): codes of 1 to 16 bits assigned in order of length.
 * Codes of up to {@value #LOOKUP_BITS} bits decode with one table lookup, longer ones by comparing against the
 * largest code of each length (F.2.2.3).
 */
final class HuffmanTable {
    private static final int LOOKUP_BITS = 9;

    /** (code length << 8 | value) indexed by the next LOOKUP_BITS bits; 0 when the code is longer. */
    private final int[] lookup = new int[1 << LOOKUP_BITS];
    private final int[] maxCode = new int[17];
    private final int[] valueOffset = new int[17];
    private final int[] values;

    /**
     * @param counts counts[l] codes of length l, for l = 1..16 (index 0 unused)
     * @param values the symbols in code order
     */
    HuffmanTable(int[] counts, int[] values) throws PixelDataException {
        this.values = values;
        int code = 0;
        int k = 0;
        for (int length = 1; length <= 16; length++) {
            valueOffset[length] = k - code;
            for (int i = 0; i < counts[length]; i++, k++, code++) {
                if (code >= 1 << length) {
                    throw new PixelDataException("JPEG Huffman table assigns more codes of " + length
                            + " bits than exist");
                }
                if (length <= LOOKUP_BITS) {
                    int shift = LOOKUP_BITS - length;
                    int first = code << shift;
                    for (int j = 0; j < 1 << shift; j++) {
                        lookup[first + j] = length << 8 | values[k];
                    }
                }
            }
            maxCode[length] = counts[length] == 0 ? -1 : code - 1;
            code <<= 1;
        }
    }

    int decode(EntropyReader in) throws PixelDataException {
        int next = in.peek16();
        int entry = lookup[next >>> (16 - LOOKUP_BITS)];
        if (entry != 0) {
            in.skip(entry >>> 8);
            return entry & 0xFF;
        }
        for (int length = LOOKUP_BITS + 1; length <= 16; length++) {
            int code = next >>> (16 - length);
            if (code <= maxCode[length]) {
                in.skip(length);
                return values[valueOffset[length] + code];
            }
        }
        throw new PixelDataException("JPEG scan holds a bit sequence that is no code of its Huffman table");
    }
}
