package io.healthimaging.codec.dicom;

/** Would take more than the reader allows (ReadLimits): nesting depth, value size, element count, inflated size. */
public final class LimitExceededException extends DicomException {
    private static final long serialVersionUID = 1L;

    public LimitExceededException(String message) {
        super(message);
    }
}
