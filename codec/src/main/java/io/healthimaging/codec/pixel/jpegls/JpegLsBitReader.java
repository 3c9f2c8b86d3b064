package io.healthimaging.codec.pixel.jpegls;

import io.healthimaging.codec.pixel.PixelDataException;

/**
 * Reads the coded bits of a JPEG-LS scan (ITU-T T.87 9.1): after a 0xFF byte the encoder stuffs a 0 bit, so
 * the next byte carries only 7 data bits; 0xFF followed by a byte with its high bit set is a marker and ends the
 * scan. Past the end it supplies zero bits, counted so that a scan needing them is reported as truncated.
 */
final class JpegLsBitReader {
    private final byte[] data;
    private int position;
    private long buffer;
    private int bits;
    private boolean afterFf;
    private boolean atMarker;
    private int paddingBits;

    JpegLsBitReader(byte[] data, int position) {
        this.data = data;
        this.position = position;
    }

    int bit() {
        fill(1);
        bits--;
        return (int) (buffer >>> bits) & 1;
    }

    /** The next {@code n} (0..31) bits as an unsigned value. */
    int bits(int n) {
        if (n == 0) {
            return 0;
        }
        fill(n);
        bits -= n;
        return (int) ((buffer >>> bits) & ((1L << n) - 1));
    }

    /**
     * Counts 0 bits up to and including the next 1 bit and returns the count of zeros, failing when it exceeds
     * {@code limit}, which no valid code does.
     */
    int zeros(int limit) throws PixelDataException {
        int count = 0;
        while (true) {
            fill(24);
            int window = (int) (buffer >>> (bits - 24)) & 0xFF_FFFF;
            if (window != 0) {
                int leading = Integer.numberOfLeadingZeros(window) - 8;
                count += leading;
                bits -= leading + 1;
                break;
            }
            count += 24;
            bits -= 24;
            if (count > limit || overrun()) {
                break;
            }
        }
        if (count > limit) {
            throw new PixelDataException("JPEG-LS scan holds a code of " + count + " leading zero bits, more than "
                    + "its limit of " + limit + ": the data are corrupt");
        }
        return count;
    }

    boolean overrun() {
        return paddingBits > bits;
    }

    void requireComplete() throws PixelDataException {
        if (overrun()) {
            throw new PixelDataException("JPEG-LS scan data end before its last sample: the frame is truncated "
                    + "or corrupt");
        }
    }

    /** The position of the marker that follows the scan; the rest of the scan's last byte is padding. */
    int endOfScan() {
        while (position + 1 < data.length) {
            if ((data[position] & 0xFF) == 0xFF && (data[position + 1] & 0x80) != 0) {
                return position;
            }
            position++;
        }
        return data.length;
    }

    private void fill(int needed) {
        while (bits < needed) {
            if (atMarker || position >= data.length) {
                buffer <<= 8;
                bits += 8;
                paddingBits += 8;
                continue;
            }
            int b = data[position] & 0xFF;
            if (b == 0xFF && (position + 1 >= data.length || (data[position + 1] & 0x80) != 0)) {
                atMarker = true;
                continue;
            }
            if (afterFf) {
                buffer = buffer << 7 | b;
                bits += 7;
            } else {
                buffer = buffer << 8 | b;
                bits += 8;
            }
            afterFf = b == 0xFF;
            position++;
        }
    }
}
