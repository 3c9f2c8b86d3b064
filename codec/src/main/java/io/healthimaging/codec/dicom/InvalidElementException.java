package io.healthimaging.codec.dicom;

/** Has an element, item or delimiter that cannot be decoded: an impossible length, a missing item tag. */
public final class InvalidElementException extends DicomException {
    private static final long serialVersionUID = 1L;

    public InvalidElementException(String message) {
        super(message);
    }
}
