package io.healthimaging.emulator.protocol.routing;

import io.healthimaging.emulator.protocol.model.UriTemplate;

/**
 * One entry of the routing table: an HTTP method and URI template, the host prefix the SDKs put in front of
 * the endpoint for it, and the name of the operation it serves.
 */
public record Route(String method, UriTemplate template, String hostPrefix, String operation) {

    long literalSegments() {
        return template.segments().stream().filter(s -> !s.isLabel()).count();
    }
}
