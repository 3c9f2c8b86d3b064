package io.healthimaging.codec.dicom;

/**
 * The {@code exception} object HealthImaging writes for a file it could not import, one line of
 * {@code FAILURE/failure.ndjson} (BEHAVIOUR.md §5.5): for example {@code ValidationException} with
 * {@code DICOM attribute TransferSyntaxUID does not exist}.
 */
public record ImportFailure(String exceptionType, String message) {
    public static final String VALIDATION_EXCEPTION = "ValidationException";
}
