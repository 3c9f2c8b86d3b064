package io.healthimaging.emulator.protocol;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;

/**
 * An HTTP response produced by the protocol layer. {@code operation} names what was served (an operation of
 * the model, or the error that ended the request) for the request log.
 */
public record ApiResponse(int status, Map<String, String> headers, InputStream body, long contentLength,
                          String operation) {

    public static ApiResponse of(int status, Map<String, String> headers, byte[] body, String operation) {
        return new ApiResponse(status, headers, new ByteArrayInputStream(body), body.length, operation);
    }

    /** The same response, logged under the operation that failed rather than the error (when one was routed). */
    public ApiResponse servedAs(String routedOperation) {
        return routedOperation == null ? this
                : new ApiResponse(status, headers, body, contentLength, routedOperation + " " + operation);
    }
}
