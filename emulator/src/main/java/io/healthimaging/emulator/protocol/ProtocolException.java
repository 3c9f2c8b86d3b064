package io.healthimaging.emulator.protocol;

import java.util.Map;

/**
 * A request the protocol layer cannot even hand to an operation: no such route, a malformed body, an
 * unsupported media type. These errors are not shapes of the model, so each carries its own HTTP status.
 */
public final class ProtocolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String errorType;
    private final int status;
    private final transient Map<String, String> headers;

    public ProtocolException(String errorType, int status, String message) {
        this(errorType, status, message, Map.of());
    }

    public ProtocolException(String errorType, int status, String message, Map<String, String> headers) {
        super(message);
        this.errorType = errorType;
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    public static ProtocolException serialization(String message) {
        return new ProtocolException("SerializationException", 400, message);
    }

    public String errorType() {
        return errorType;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
