package io.healthimaging.codec.dicom;

/** Has pixel attributes or Pixel Data that cannot be split into frames. */
public final class InvalidPixelDataException extends DicomException {
    private static final long serialVersionUID = 1L;

    public InvalidPixelDataException(String message) {
        super(message);
    }

    public InvalidPixelDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
