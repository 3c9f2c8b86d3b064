package io.healthimaging.codec.dicom.pixel;

import java.util.Arrays;

/**
 * The fragments of encapsulated Pixel Data as found in the file: where each value starts and how long it
 * is. Kept in primitive arrays: a long cine loop has tens of thousands of fragments.
 */
public final class FragmentTable {
    /** Bytes of an item header (tag and length) in front of each fragment. */
    public static final int ITEM_HEADER_LENGTH = 8;

    private long[] positions = new long[16];
    private long[] lengths = new long[16];
    private int count;

    /** Records the next fragment: the position of its first value byte and its length. */
    public void add(long valuePosition, long length) {
        if (count == positions.length) {
            positions = Arrays.copyOf(positions, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        positions[count] = valuePosition;
        lengths[count] = length;
        count++;
    }

    public int count() {
        return count;
    }

    public long position(int index) {
        return positions[index];
    }

    public long length(int index) {
        return lengths[index];
    }

    /** Where fragment {@code index}'s item tag lies relative to the first fragment's: what offset tables hold. */
    public long itemOffset(int index) {
        return positions[index] - positions[0];
    }
}
