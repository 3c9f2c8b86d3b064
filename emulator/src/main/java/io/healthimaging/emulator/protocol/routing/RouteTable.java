package io.healthimaging.emulator.protocol.routing;

import io.healthimaging.emulator.protocol.PercentEncoding;
import io.healthimaging.emulator.protocol.model.OperationModel;
import io.healthimaging.emulator.protocol.model.UriTemplate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Maps method and path to an operation. The path is split on raw {@code /} before any decoding, so a label
 * holding {@code %2F} (an ARN) stays one segment; labels are percent-decoded only after the route is chosen.
 */
public final class RouteTable {
    private final List<Route> routes;
    private final Set<String> topLevelSegments;

    public RouteTable(List<Route> routes) {
        // Literal segments win over labels when two templates could both match a path.
        this.routes = routes.stream()
                .sorted(Comparator.comparingLong(Route::literalSegments).reversed())
                .toList();
        this.topLevelSegments = routes.stream()
                .map(r -> r.template().firstLiteral())
                .filter(s -> s != null)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The routes of every operation of a model, plus routes the model does not describe. */
    public static RouteTable of(List<OperationModel> operations, List<Route> extraRoutes) {
        List<Route> routes = new ArrayList<>();
        for (OperationModel operation : operations) {
            routes.add(new Route(operation.method(), operation.uri(), operation.hostPrefix(), operation.name()));
        }
        routes.addAll(extraRoutes);
        return new RouteTable(routes);
    }

    public List<Route> routes() {
        return routes;
    }

    /** Whether a path lies under a top-level segment that some route starts with (for example {@code /tags}). */
    public boolean ownsPath(String rawPath) {
        String first = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        int slash = first.indexOf('/');
        return topLevelSegments.contains(slash < 0 ? first : first.substring(0, slash));
    }

    public RouteMatch match(String method, String rawPath) {
        if (!rawPath.startsWith("/")) {
            return new RouteMatch.NotFound();
        }
        String[] rawSegments = rawPath.substring(1).split("/", -1);
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            List<UriTemplate.Segment> template = route.template().segments();
            if (template.size() != rawSegments.length || !literalsMatch(template, rawSegments)) {
                continue;
            }
            if (route.method().equals(method)) {
                return new RouteMatch.Found(route, labels(template, rawSegments));
            }
            allowed.add(route.method());
        }
        return allowed.isEmpty() ? new RouteMatch.NotFound() : new RouteMatch.MethodNotAllowed(allowed);
    }

    private static boolean literalsMatch(List<UriTemplate.Segment> template, String[] rawSegments) {
        for (int i = 0; i < rawSegments.length; i++) {
            UriTemplate.Segment segment = template.get(i);
            if (segment.isLabel() ? rawSegments[i].isEmpty() : !segment.literal().equals(rawSegments[i])) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> labels(List<UriTemplate.Segment> template, String[] rawSegments) {
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < rawSegments.length; i++) {
            if (template.get(i).isLabel()) {
                labels.put(template.get(i).label(), PercentEncoding.decode(rawSegments[i], false));
            }
        }
        return labels;
    }
}
