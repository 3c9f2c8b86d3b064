package io.healthimaging.codec.dicom;

/** Ends before an element, item or frame it announces is complete. */
public final class TruncatedDicomException extends DicomException {
    private static final long serialVersionUID = 1L;

    public TruncatedDicomException(String message) {
        super(message);
    }
}
