package io.healthimaging.codec.htj2k.codestream;

import io.healthimaging.codec.htj2k.InvalidCodestreamException;

/**
 * Big-endian reads within one bounded region of a codestream (a marker segment or the whole stream).
 * Every read past the region's end is an {@link InvalidCodestreamException} naming the region, so a
 * truncated or mis-sized segment never surfaces as an index error.
 */
final class SegmentReader {
    private final byte[] data;
    private final int end;
    private final String region;
    private int position;

    SegmentReader(byte[] data, int start, int end, String region) {
        this.data = data;
        this.position = start;
        this.end = end;
        this.region = region;
    }

    int position() {
        return position;
    }

    int remaining() {
        return end - position;
    }

    int u8() {
        require(1);
        return data[position++] & 0xFF;
    }

    int u16() {
        require(2);
        int value = ((data[position] & 0xFF) << 8) | (data[position + 1] & 0xFF);
        position += 2;
        return value;
    }

    long u32() {
        require(4);
        long value = ((long) (data[position] & 0xFF) << 24) | ((data[position + 1] & 0xFF) << 16)
                | ((data[position + 2] & 0xFF) << 8) | (data[position + 3] & 0xFF);
        position += 4;
        return value;
    }

    void skip(int bytes) {
        require(bytes);
        position += bytes;
    }

    private void require(int bytes) {
        if (bytes > end - position) {
            throw new InvalidCodestreamException(region + " ends at offset " + end + " but " + bytes
                    + " more byte(s) are needed at offset " + position);
        }
    }
}
