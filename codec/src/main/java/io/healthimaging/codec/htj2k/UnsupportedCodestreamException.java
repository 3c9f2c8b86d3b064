package io.healthimaging.codec.htj2k;

/**
 * The codestream is well formed but uses something this codec does not implement (for example Part 1
 * EBCOT code-blocks, Part 2 extensions) or exceeds the configured resource limits.
 */
public class UnsupportedCodestreamException extends Htj2kException {
    private static final long serialVersionUID = 1L;

    public UnsupportedCodestreamException(String message) {
        super(message);
    }
}
