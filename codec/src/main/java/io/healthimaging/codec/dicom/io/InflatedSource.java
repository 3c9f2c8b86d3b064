package io.healthimaging.codec.dicom.io;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads positions of a deflated data set by inflating it again from the start of the data set. Frames are
 * usually read in order, so the inflater stays open and only a step back restarts it.
 */
final class InflatedSource implements RandomAccessSource {
    private final Path path;
    private final long dataSetStart;
    private final long maxInflated;
    private DicomInput inflated;

    InflatedSource(Path path, long dataSetStart, long maxInflated) {
        this.path = path;
        this.dataSetStart = dataSetStart;
        this.maxInflated = maxInflated;
    }

    @Override
    public void readFully(long position, byte[] target, int offset, int length) throws IOException {
        if (inflated == null || inflated.position() > position) {
            restart();
        }
        inflated.skip(position - inflated.position());
        inflated.readFully(target, offset, length);
    }

    private void restart() throws IOException {
        close();
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        channel.position(dataSetStart);
        inflated = new DicomInput(Channels.newInputStream(channel), -1).inflated(maxInflated);
    }

    @Override
    public void close() throws IOException {
        if (inflated != null) {
            inflated.close();
            inflated = null;
        }
    }
}
