package io.healthimaging.codec.pixel.jpeg;

import io.healthimaging.codec.pixel.PixelDataException;

/**
 * A stream of marker segments as JPEG (T.81 B.1) and JPEG-LS (T.87 C.1) share them: a start-of-image marker,
 * then markers (0xFF and a code) of which most start a segment with a 16-bit length. Subclasses read the
 * segments they know.
 */
public abstract class MarkerStream {
    protected final byte[] data;
    /** What the stream is called in messages: "JPEG" or "JPEG-LS". */
    protected final String format;
    protected int position;

    protected MarkerStream(byte[] data, String format) throws PixelDataException {
        this.data = data;
        this.format = format;
        if (data.length < 4 || (data[0] & 0xFF) != 0xFF || (data[1] & 0xFF) != 0xD8) {
            throw new PixelDataException("frame does not start with a " + format + " start-of-image marker");
        }
        this.position = 2;
    }

    /** The code of the next marker, after any fill bytes and stray data; -1 at the end of the data. */
    protected int nextMarker() {
        while (position + 1 < data.length) {
            if ((data[position] & 0xFF) == 0xFF && (data[position + 1] & 0xFF) != 0xFF
                    && data[position + 1] != 0) {
                int marker = data[position + 1] & 0xFF;
                position += 2;
                return marker;
            }
            position++;
        }
        return -1;
    }

    /** Reads the length field of the segment at the current position and returns the offset just past it. */
    protected int segmentEnd() throws PixelDataException {
        int length = u16(position);
        if (length < 2 || position + length > data.length) {
            throw new PixelDataException(format + " marker segment at offset " + (position - 2) + " declares length "
                    + length + ", past the end of the " + data.length + "-byte frame");
        }
        return position + length;
    }

    protected void skipSegment() throws PixelDataException {
        position = segmentEnd();
    }

    protected int u8(int at) throws PixelDataException {
        if (at >= data.length) {
            throw new PixelDataException(format + " marker segment runs past the end of the frame");
        }
        return data[at] & 0xFF;
    }

    protected int u16(int at) throws PixelDataException {
        return u8(at) << 8 | u8(at + 1);
    }
}
