package io.healthimaging.codec.pixel.jpeg;

import io.healthimaging.codec.pixel.PixelDataException;

/**
 * Reads the entropy-coded segment of a scan bit by bit: a 0x00 stuffed after 0xFF is dropped, any other byte
 * after 0xFF is a marker that ends the segment. Past the marker it supplies zero bits, as IJG libjpeg does, but
 * counts them so that a scan which consumed any of them is reported as truncated instead of decoded from zeros.
 */
final class EntropyReader {
    private final byte[] data;
    private int position;
    private long buffer;
    private int bits;
    private boolean atMarker;
    private int paddingBits;

    EntropyReader(byte[] data, int position) {
        this.data = data;
        this.position = position;
    }

    /** The next 16 bits without consuming them. */
    int peek16() {
        fill(16);
        return (int) (buffer >>> (bits - 16)) & 0xFFFF;
    }

    void skip(int n) {
        bits -= n;
    }

    /** The next {@code n} (0..16) bits as an unsigned value. */
    int bits(int n) {
        fill(n);
        bits -= n;
        return (int) (buffer >>> bits) & ((1 << n) - 1);
    }

    int bit() {
        return bits(1);
    }

    /** Whether the scan has used bits that are not in the data. */
    boolean overrun() {
        return paddingBits > bits;
    }

    /** Fails if the scan used bits that are not in the data. */
    void requireComplete(String scan) throws PixelDataException {
        if (overrun()) {
            throw new PixelDataException("JPEG entropy-coded data of the " + scan + " ends before its last "
                    + "coding unit: the frame is truncated or corrupt");
        }
    }

    /**
     * Ends a restart interval: the remaining bits are padding, and the next marker must be {@code RSTn} with
     * {@code n = expected}.
     */
    void restart(int expected, String scan) throws PixelDataException {
        requireComplete(scan);
        int marker = nextMarker();
        if (marker != 0xD0 + expected) {
            throw new PixelDataException(String.format("JPEG %s expects restart marker RST%d but finds %s", scan,
                    expected, marker < 0 ? "the end of the data" : String.format("marker 0x%02X", marker)));
        }
        position += 2;
        buffer = 0;
        bits = 0;
        atMarker = false;
        paddingBits = 0;
    }

    /**
     * Drops what is left of the segment and returns the position of the marker that follows, skipping fill
     * bytes and stray data the way decoders tolerate them.
     */
    int endOfSegment() {
        int marker = nextMarker();
        return marker < 0 ? data.length : position;
    }

    private int nextMarker() {
        while (position + 1 < data.length) {
            if ((data[position] & 0xFF) == 0xFF) {
                int next = data[position + 1] & 0xFF;
                if (next != 0 && next != 0xFF) {
                    return next;
                }
            }
            position++;
        }
        return -1;
    }

    /** Tops the buffer up to at least 57 bits once fewer than {@code needed} are left. */
    private void fill(int needed) {
        if (bits >= needed) {
            return;
        }
        // Plain bytes, the common case, load in a tight loop; 0xFF (stuffing or a marker) and the end of the
        // data take the careful path below.
        int at = position;
        long buffered = buffer;
        int count = bits;
        while (count <= 56 && at < data.length && !atMarker) {
            int b = data[at] & 0xFF;
            if (b == 0xFF) {
                break;
            }
            buffered = buffered << 8 | b;
            count += 8;
            at++;
        }
        position = at;
        buffer = buffered;
        bits = count;
        while (bits <= 56) {
            int b = 0;
            if (atMarker || position >= data.length) {
                paddingBits += 8;
            } else {
                b = data[position] & 0xFF;
                if (b != 0xFF) {
                    position++;
                } else if (position + 1 < data.length && data[position + 1] == 0) {
                    position += 2;
                } else {
                    atMarker = true;
                    b = 0;
                    paddingBits += 8;
                }
            }
            buffer = buffer << 8 | b;
            bits += 8;
        }
    }
}
