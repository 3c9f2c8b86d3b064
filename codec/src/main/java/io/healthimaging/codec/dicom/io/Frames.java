package io.healthimaging.codec.dicom.io;

import java.io.IOException;
import java.util.List;

/**
 * The frames {@link DicomWriter} puts in Pixel Data: native frames (little-endian samples, as
 * {@link DicomFile#frame} gives them) or one compressed codestream per frame. The writer asks for lengths
 * before frames because the offset table and the element length precede them.
 */
public interface Frames {
    int count();

    long length(int index) throws IOException;

    byte[] frame(int index) throws IOException;

    /** Frames already in memory. */
    static Frames of(List<byte[]> frames) {
        List<byte[]> copy = List.copyOf(frames);
        return new Frames() {
            @Override
            public int count() {
                return copy.size();
            }

            @Override
            public long length(int index) {
                return copy.get(index).length;
            }

            @Override
            public byte[] frame(int index) {
                return copy.get(index);
            }
        };
    }
}
