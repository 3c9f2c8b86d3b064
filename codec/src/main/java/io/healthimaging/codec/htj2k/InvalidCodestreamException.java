package io.healthimaging.codec.htj2k;

/** The bytes are not a well-formed JPEG 2000 codestream: truncated, inconsistent or out of range. */
public class InvalidCodestreamException extends Htj2kException {
    private static final long serialVersionUID = 1L;

    public InvalidCodestreamException(String message) {
        super(message);
    }

    public InvalidCodestreamException(String message, Throwable cause) {
        super(message, cause);
    }
}
