package io.healthimaging.codec.dicom.io;

import java.io.Closeable;
import java.io.IOException;

/** Bytes of a data set read at any position: the file itself, or the inflated stream of a deflated file. */
interface RandomAccessSource extends Closeable {
    void readFully(long position, byte[] target, int offset, int length) throws IOException;
}
