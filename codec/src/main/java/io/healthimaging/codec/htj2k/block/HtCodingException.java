package io.healthimaging.codec.htj2k.block;

/**
 * An HT code-block's coded data is corrupt or truncated: it contradicts the structure Rec. ITU-T T.814
 * requires (segment lengths, stuffing, exponent bounds, significance outside the block). Unchecked because a
 * decoder meets it only through data it was handed, and callers report it as a bad-input error.
 */
public final class HtCodingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HtCodingException(String message) {
        super(message);
    }
}
