package io.healthimaging.emulator.server;

import io.healthimaging.emulator.protocol.RestJsonService;
import io.healthimaging.emulator.s3.S3Endpoint;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.http.UriCompliance;

/**
 * The one HTTP server of the emulator: Javalin on Jetty, with a filter in front that hands S3 requests to the
 * embedded S3 servlet, Javalin routes for the admin API, and one catch-all handler for the API and DICOMweb,
 * which the model-driven route table dispatches.
 */
public final class HttpServer implements AutoCloseable {
    private static final HandlerType[] API_METHODS = {
        HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE, HandlerType.PATCH,
        HandlerType.HEAD, HandlerType.OPTIONS
    };
    private static final long MAX_REQUEST_BYTES = 64L * 1024 * 1024;
    private static final long DRAIN_TIMEOUT_NANOS = 2_000_000_000L;
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final Javalin javalin;
    private final RoutingFilter filter;

    private HttpServer(Javalin javalin, RoutingFilter filter) {
        this.javalin = javalin;
        this.filter = filter;
    }

    /**
     * @param host the address to bind, or null for every interface
     * @param port the port, or 0 for a free one
     * @param adminRoutes registers the admin API's routes
     */
    public static HttpServer start(String host, int port, RestJsonService api, S3Endpoint s3,
                                   Consumer<RoutesConfig> adminRoutes) {
        RoutingFilter filter = new RoutingFilter(new RequestClassifier(api.routes()), s3);
        ApiEndpoint apiEndpoint = new ApiEndpoint(api);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.host = host;
            config.jetty.port = port;
            // ARNs travel as one path segment with %2F inside; Jetty rejects such ambiguous URIs by default.
            config.jetty.modifyHttpConfiguration(http -> {
                http.setUriCompliance(UriCompliance.LEGACY);
                // A nextToken may be 8192 characters long, and it travels in the query string.
                http.setRequestHeaderSize(MAX_HEADER_BYTES);
                http.setSendServerVersion(false);
            });
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new AwsErrorHandler());
                // Draining is done by close(); Jetty's own graceful stop would also wait for idle keep-alive
                // connections, which made every stop take a second.
                server.setStopTimeout(0);
            });
            config.jetty.modifyServletContextHandler(context -> {
                context.getServletHandler().setDecodeAmbiguousURIs(true);
                context.setErrorHandler(new AwsErrorHandler());
                context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
            });
            adminRoutes.accept(config.routes);
            for (HandlerType method : API_METHODS) {
                config.routes.addHttpHandler(method, "/*", apiEndpoint);
            }
        });
        javalin.start();
        return new HttpServer(javalin, filter);
    }

    public int port() {
        return javalin.port();
    }

    /** Lets requests in flight finish (for up to two seconds), then stops. */
    @Override
    public void close() {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT_NANOS;
        while (filter.requestsInFlight() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
        javalin.stop();
    }
}
