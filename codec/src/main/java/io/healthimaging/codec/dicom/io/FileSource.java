package io.healthimaging.codec.dicom.io;

import io.healthimaging.codec.dicom.TruncatedDicomException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Positional reads from a file channel; they do not move the channel's position. */
final class FileSource implements RandomAccessSource {
    private final FileChannel channel;

    FileSource(FileChannel channel) {
        this.channel = channel;
    }

    @Override
    public void readFully(long position, byte[] target, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(target, offset, length);
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                throw new TruncatedDicomException("DICOM file is truncated at byte " + at);
            }
            at += read;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
