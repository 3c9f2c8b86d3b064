package io.healthimaging.emulator.protocol.routing;

import java.util.Map;
import java.util.Set;

/** The outcome of looking a request up in the routing table. */
public sealed interface RouteMatch {

    /** The route serving the request, with its labels already percent-decoded. */
    record Found(Route route, Map<String, String> labels) implements RouteMatch {
    }

    /** The path belongs to at least one route, but none for this method. */
    record MethodNotAllowed(Set<String> allowedMethods) implements RouteMatch {
    }

    /** No route has this path. */
    record NotFound() implements RouteMatch {
    }
}
