package io.healthimaging.codec.dicom.io;

import io.healthimaging.codec.dicom.DicomElement;

import java.io.IOException;
import java.util.List;

/** Writes the top-level Pixel Data element from frames. */
interface PixelDataEncoder {
    /** Bytes the element takes, header included (for group lengths). */
    long length() throws IOException;

    void write(ElementEncoder encoder, LittleEndianOutput out) throws IOException;

    /** Elements that must accompany this Pixel Data (an Extended Offset Table), written in tag order. */
    List<DicomElement> companions() throws IOException;
}
