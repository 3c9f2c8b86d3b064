package io.healthimaging.codec.htj2k.block;

/**
 * What the HT bitstream readers share: the bits loaded but not yet consumed, least significant first, and
 * how many bits each recently loaded byte gave (stuffing leaves 7, the cleanup suffix 3 or 4), so that a
 * reader can tell how many bytes its consumed bits came from; the corruption checks compare that with the
 * segment lengths.
 */
abstract class BitstreamReader {

    private final byte[] recentWidths = new byte[16];
    private int loadedBytes;
    private long bits;
    private int count;

    /** Loads the next byte through {@link #append}. */
    abstract void loadByte();

    final void clear() {
        loadedBytes = 0;
        bits = 0;
        count = 0;
    }

    final void append(int value, int width) {
        bits |= (long) (value & (1 << width) - 1) << count;
        count += width;
        recentWidths[loadedBytes & 15] = (byte) width;
        loadedBytes++;
    }

    /** The next 32 bits, in reading order from the least significant, without consuming them. */
    final int peek() {
        if (count < 32) {
            while (count <= 56) {
                loadByte();
            }
        }
        return (int) bits;
    }

    final void skip(int n) {
        bits >>>= n;
        count -= n;
    }

    /** Consumes and returns the next {@code n} (at most 31) bits. */
    final int read(int n) {
        int value = peek() & (1 << n) - 1;
        skip(n);
        return value;
    }

    /** Bytes from which at least one bit has been consumed, including bytes fed past the segment. */
    final int bytesTouched() {
        int untouched = 0;
        int remaining = count;
        while (untouched < loadedBytes && remaining >= recentWidths[(loadedBytes - 1 - untouched) & 15]) {
            remaining -= recentWidths[(loadedBytes - 1 - untouched) & 15];
            untouched++;
        }
        return loadedBytes - untouched;
    }
}
