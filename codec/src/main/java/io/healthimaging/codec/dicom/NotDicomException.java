package io.healthimaging.codec.dicom;

/** Holds no DICOM attributes at all: not a Part 10 file, or not DICOM. */
public final class NotDicomException extends DicomException {
    private static final long serialVersionUID = 1L;

    public static final String MESSAGE = "DICOM attributes does not exist";

    public NotDicomException() {
        super(MESSAGE);
    }
}
