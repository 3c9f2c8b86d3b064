package io.healthimaging.emulator.protocol;

import java.util.Map;

/**
 * Serves a route the model does not describe (the DICOMweb path), given the request and its decoded path
 * labels; errors thrown as {@link ModeledError} or {@link ProtocolException} are answered like any other.
 */
@FunctionalInterface
public interface RawOperationHandler {

    ApiResponse handle(ApiRequest request, Map<String, String> labels);
}
