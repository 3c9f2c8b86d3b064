package io.healthimaging.emulator.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.healthimaging.emulator.protocol.model.OperationModel;
import io.healthimaging.emulator.protocol.model.ServiceModel;
import io.healthimaging.emulator.protocol.routing.RouteMatch;
import io.healthimaging.emulator.protocol.routing.RouteTable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The restJson1 pipeline: route, bind, validate, call the operation's handler, serialize its output; every
 * failure on the way becomes an AWS-shaped error response. It knows nothing of HTTP servers.
 */
public final class RestJsonService {
    private static final Logger LOG = LoggerFactory.getLogger(RestJsonService.class);

    private final ServiceModel model;
    private final RouteTable routes;
    private final Map<String, OperationHandler> handlers;
    private final Map<String, RawOperationHandler> rawHandlers;
    private final InputBinder binder = new InputBinder();
    private final InputValidator validator = new InputValidator();
    private final OutputWriter writer = new OutputWriter();
    private final ErrorResponses errors;

    public RestJsonService(ServiceModel model, RouteTable routes, Map<String, OperationHandler> handlers,
                           Map<String, RawOperationHandler> rawHandlers) {
        this.model = model;
        this.routes = routes;
        this.handlers = Map.copyOf(handlers);
        this.rawHandlers = Map.copyOf(rawHandlers);
        this.errors = new ErrorResponses(model);
    }

    public RouteTable routes() {
        return routes;
    }

    public ApiResponse handle(ApiRequest request) {
        Map<String, String> headers = Map.of("x-amzn-RequestId", UUID.randomUUID().toString());
        String operation = null;
        try {
            RouteMatch match = routes.match(request.method(), request.rawPath());
            if (match instanceof RouteMatch.Found found) {
                operation = found.route().operation();
                return serve(found, request, headers);
            }
            if (match instanceof RouteMatch.MethodNotAllowed notAllowed) {
                throw new ProtocolException("MethodNotAllowedException", 405, "Method " + request.method()
                        + " is not allowed on " + request.rawPath() + "; allowed: " + notAllowed.allowedMethods(),
                        Map.of("Allow", String.join(", ", notAllowed.allowedMethods())));
            }
            throw new ProtocolException("UnknownOperationException", 404,
                    "No operation matches " + request.method() + " " + request.rawPath());
        } catch (ProtocolException e) {
            return errors.protocol(e, headers).servedAs(operation);
        } catch (RuntimeException e) {
            if (e instanceof ModeledError modeled) {
                return errors.modeled(modeled, headers).servedAs(operation);
            }
            LOG.error("Internal error serving {} {}", request.method(), request.rawPath(), e);
            return ErrorResponses.of("InternalServerException", 500, "Internal error: " + e, headers)
                    .servedAs(operation);
        }
    }

    private ApiResponse serve(RouteMatch.Found found, ApiRequest request, Map<String, String> headers) {
        String name = found.route().operation();
        RawOperationHandler raw = rawHandlers.get(name);
        if (raw != null) {
            return raw.handle(request, found.labels());
        }
        OperationModel operation = model.operation(name)
                .orElseThrow(() -> new IllegalStateException("Route to unknown operation " + name));
        ObjectNode input = binder.bind(operation, found.labels(), request);
        List<Violation> violations = validator.validate(operation.input(), input);
        if (!violations.isEmpty()) {
            throw new ProtocolException("ValidationException", model.errorStatus("ValidationException").orElse(400),
                    InputValidator.message(violations));
        }
        OperationHandler handler = handlers.get(name);
        if (handler == null) {
            throw new ProtocolException("NotImplementedException", 501,
                    name + " is routed and validated, but this emulator version does not implement it yet");
        }
        return writer.write(operation, handler.handle(new Input(input)), headers);
    }
}
