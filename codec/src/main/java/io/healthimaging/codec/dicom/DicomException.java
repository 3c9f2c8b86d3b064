package io.healthimaging.codec.dicom;

import java.io.IOException;

/**
 * A file that is not DICOM HealthImaging can import. Every subclass carries the failure entry the service
 * records for such a file; its message is that entry's message.
 */
public abstract class DicomException extends IOException {
    private static final long serialVersionUID = 1L;

    protected DicomException(String message) {
        super(message);
    }

    protected DicomException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The entry for {@code failure.ndjson}. */
    public ImportFailure importFailure() {
        return new ImportFailure(ImportFailure.VALIDATION_EXCEPTION, getMessage());
    }
}
