package io.healthimaging.codec.dicom.io;

import java.io.IOException;

/** Receives the frames of a {@link DicomStream} in order. */
@FunctionalInterface
public interface FrameConsumer {
    void accept(int index, byte[] frame) throws IOException;
}
