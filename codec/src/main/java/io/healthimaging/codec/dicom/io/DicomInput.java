package io.healthimaging.codec.dicom.io;

import io.healthimaging.codec.dicom.InvalidElementException;
import io.healthimaging.codec.dicom.LimitExceededException;
import io.healthimaging.codec.dicom.TruncatedDicomException;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * A buffered, position-counting reader of DICOM bytes in either byte order. It knows how many bytes remain
 * when the size of the source is known, so that lengths read from the file can be checked before anything
 * is allocated for them.
 */
final class DicomInput {
    private static final int BUFFER_SIZE = 64 * 1024;
    /** Bytes allocated at once for a value even when the source size is unknown. */
    private static final int TRUSTED_ALLOCATION = 1 << 20;

    private final InputStream in;
    private final long length;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int pos;
    private int limit;
    private long bufferStart;

    /** {@code length}: total bytes the source holds, or {@code -1} when unknown. */
    DicomInput(InputStream in, long length) {
        this.in = in;
        this.length = length;
    }

    long position() {
        return bufferStart + pos;
    }

    /** Bytes left in the source, or {@code -1} when its size is unknown. */
    long remaining() {
        return length < 0 ? -1 : length - position();
    }

    /** Makes at least {@code n} (at most the buffer size) bytes available; returns how many are. */
    int ensure(int n) throws IOException {
        if (limit - pos >= n) {
            return limit - pos;
        }
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            bufferStart += pos;
            limit -= pos;
            pos = 0;
        }
        while (limit < n) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                break;
            }
            limit += read;
        }
        return limit - pos;
    }

    boolean atEnd() throws IOException {
        return ensure(1) == 0;
    }

    /** The byte {@code ahead} bytes after the current position, without consuming anything; -1 at the end. */
    int peek(int ahead) throws IOException {
        return ensure(ahead + 1) > ahead ? buffer[pos + ahead] & 0xFF : -1;
    }

    int readU8() throws IOException {
        require(1);
        return buffer[pos++] & 0xFF;
    }

    int readU16(boolean bigEndian) throws IOException {
        require(2);
        int a = buffer[pos] & 0xFF;
        int b = buffer[pos + 1] & 0xFF;
        pos += 2;
        return bigEndian ? a << 8 | b : b << 8 | a;
    }

    long readU32(boolean bigEndian) throws IOException {
        require(4);
        long a = buffer[pos] & 0xFF;
        long b = buffer[pos + 1] & 0xFF;
        long c = buffer[pos + 2] & 0xFF;
        long d = buffer[pos + 3] & 0xFF;
        pos += 4;
        return bigEndian ? a << 24 | b << 16 | c << 8 | d : d << 24 | c << 16 | b << 8 | a;
    }

    /** A tag: group then element, each 16 bits in the given byte order. */
    int readTag(boolean bigEndian) throws IOException {
        int group = readU16(bigEndian);
        int element = readU16(bigEndian);
        return group << 16 | element;
    }

    void readFully(byte[] target, int offset, int count) throws IOException {
        int done = 0;
        while (done < count) {
            if (pos == limit && ensure(1) == 0) {
                throw truncated();
            }
            int chunk = Math.min(count - done, limit - pos);
            System.arraycopy(buffer, pos, target, offset + done, chunk);
            pos += chunk;
            done += chunk;
        }
    }

    /**
     * Reads {@code length} bytes into a new array. From a source of unknown size a long value is read in
     * growing steps, so that memory follows the bytes that actually arrive rather than a length the file
     * claims.
     */
    byte[] readBytes(int length) throws IOException {
        if (length <= TRUSTED_ALLOCATION || this.length >= 0) {
            byte[] value = new byte[length];
            readFully(value, 0, length);
            return value;
        }
        byte[] value = new byte[TRUSTED_ALLOCATION];
        int done = 0;
        while (done < length) {
            if (done == value.length) {
                value = Arrays.copyOf(value, (int) Math.min(length, 2L * value.length));
            }
            int chunk = value.length - done;
            readFully(value, done, chunk);
            done += chunk;
        }
        return value;
    }

    void skip(long count) throws IOException {
        long left = count;
        while (left > 0) {
            if (pos == limit) {
                long skipped = in.skip(left);
                if (skipped > 0) {
                    bufferStart += skipped;
                    left -= skipped;
                    continue;
                }
                if (ensure(1) == 0) {
                    throw truncated();
                }
            }
            int chunk = (int) Math.min(left, limit - pos);
            pos += chunk;
            left -= chunk;
        }
    }

    private void require(int n) throws IOException {
        if (limit - pos < n && ensure(n) < n) {
            throw truncated();
        }
    }

    /** Closes the source (and ends the inflater of an inflated input). */
    void close() throws IOException {
        in.close();
    }

    private TruncatedDicomException truncated() {
        return new TruncatedDicomException("DICOM file is truncated at byte " + (bufferStart + limit));
    }

    /**
     * The rest of this input inflated (Deflated Explicit VR Little Endian: raw deflate without a zlib header),
     * counting positions from zero in the inflated bytes, and failing once more than {@code maxInflated}
     * bytes come out.
     */
    DicomInput inflated(long maxInflated) {
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(buffer, pos, limit - pos), in);
        return new DicomInput(new BoundedInflaterStream(rest, maxInflated), -1);
    }

    private static final class BoundedInflaterStream extends InflaterInputStream {
        private final long max;
        private long produced;

        BoundedInflaterStream(InputStream deflated, long max) {
            super(deflated, new Inflater(true), 16 * 1024);
            this.max = max;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (ZipException e) {
                throw new InvalidElementException("DICOM deflated data set is corrupt: " + e.getMessage());
            } catch (EOFException e) {
                throw new TruncatedDicomException("DICOM deflated data set is truncated after " + produced
                        + " inflated bytes");
            }
            if (n > 0) {
                produced += n;
                if (produced > max) {
                    throw new LimitExceededException("DICOM deflated data set inflates beyond " + max + " bytes");
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            inf.end();
            super.close();
        }
    }
}
