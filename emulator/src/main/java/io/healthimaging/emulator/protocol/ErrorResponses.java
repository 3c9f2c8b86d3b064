package io.healthimaging.emulator.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.healthimaging.emulator.protocol.model.ServiceModel;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AWS-shaped error responses: the status of the error shape, the {@code X-Amzn-Errortype} header the SDKs read
 * first, and a JSON body with {@code message} and {@code __type} for clients that read the body.
 */
public final class ErrorResponses {
    private final ServiceModel model;

    public ErrorResponses(ServiceModel model) {
        this.model = model;
    }

    public ApiResponse modeled(ModeledError error, Map<String, String> baseHeaders) {
        int status = model.errorStatus(error.errorShape()).orElse(400);
        return of(error.errorShape(), status, error.getMessage(), baseHeaders);
    }

    public ApiResponse protocol(ProtocolException error, Map<String, String> baseHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(baseHeaders);
        headers.putAll(error.headers());
        return of(error.errorType(), error.status(), error.getMessage(), headers);
    }

    public static ApiResponse of(String errorType, int status, String message, Map<String, String> baseHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(baseHeaders);
        headers.put("X-Amzn-Errortype", errorType);
        headers.put("Content-Type", "application/json");
        return ApiResponse.of(status, headers, body(errorType, message), errorType);
    }

    public static byte[] body(String errorType, String message) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("message", message).put("__type", errorType);
        try {
            return Json.MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
