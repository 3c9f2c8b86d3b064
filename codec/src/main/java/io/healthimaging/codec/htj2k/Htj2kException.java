package io.healthimaging.codec.htj2k;

/**
 * A codestream could not be encoded or decoded. Subclasses say whether the bytes break the standard
 * ({@link InvalidCodestreamException}) or use a feature this codec does not implement
 * ({@link UnsupportedCodestreamException}).
 */
public class Htj2kException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Htj2kException(String message) {
        super(message);
    }

    public Htj2kException(String message, Throwable cause) {
        super(message, cause);
    }
}
