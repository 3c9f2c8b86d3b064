package io.healthimaging.emulator.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.healthimaging.emulator.events.EventLog;
import io.healthimaging.emulator.events.ImagingEvent;
import io.healthimaging.emulator.protocol.Json;
import io.healthimaging.emulator.protocol.routing.Route;
import io.healthimaging.emulator.protocol.routing.RouteTable;
import io.healthimaging.emulator.server.ServedAs;
import io.healthimaging.emulator.workflow.WorkflowScheduler;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The emulator's own control API under {@code /_emulator/}, a prefix no AWS route uses and no bucket can have
 * (bucket names cannot contain underscores):
 * <ul>
 *   <li>{@code GET /_emulator/health}: {@code {"status":"ok","pendingTransitions":n}}</li>
 *   <li>{@code GET /_emulator/version}: emulator version, service and API version</li>
 *   <li>{@code POST /_emulator/reset}: forgets every data store, tag, event and S3 bucket</li>
 *   <li>{@code GET /_emulator/events}: the recorded EventBridge events, oldest first</li>
 *   <li>{@code DELETE /_emulator/events}: clears them</li>
 *   <li>{@code GET /_emulator/routes}: the routing table derived from the model</li>
 * </ul>
 */
public final class AdminApi {
    public static final String PREFIX = "/_emulator";

    private final EmulatorInfo info;
    private final Runnable reset;
    private final EventLog events;
    private final WorkflowScheduler scheduler;
    private final RouteTable routes;

    public AdminApi(EmulatorInfo info, Runnable reset, EventLog events, WorkflowScheduler scheduler,
                    RouteTable routes) {
        this.info = info;
        this.reset = reset;
        this.events = events;
        this.scheduler = scheduler;
        this.routes = routes;
    }

    public void register(RoutesConfig config) {
        config.get(PREFIX + "/health", this::health);
        config.get(PREFIX + "/version", this::version);
        config.post(PREFIX + "/reset", ctx -> {
            reset.run();
            served(ctx, "Reset");
            json(ctx, Json.MAPPER.createObjectNode().put("status", "reset"));
        });
        config.get(PREFIX + "/events", this::listEvents);
        config.delete(PREFIX + "/events", ctx -> {
            events.clear();
            served(ctx, "ClearEvents");
            ctx.status(204);
        });
        config.get(PREFIX + "/routes", this::listRoutes);
    }

    private void health(Context ctx) {
        served(ctx, "Health");
        json(ctx, Json.MAPPER.createObjectNode().put("status", "ok")
                .put("pendingTransitions", scheduler.pendingCount()));
    }

    private void version(Context ctx) {
        served(ctx, "Version");
        json(ctx, Json.MAPPER.createObjectNode()
                .put("emulator", "healthimaging-emulator")
                .put("version", info.version())
                .put("service", info.service())
                .put("apiVersion", info.apiVersion())
                .put("region", info.region())
                .put("accountId", info.accountId()));
    }

    private void listEvents(Context ctx) {
        served(ctx, "ListEvents");
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode list = body.putArray("events");
        for (ImagingEvent event : events.list()) {
            list.add(event.toJson());
        }
        json(ctx, body);
    }

    private void listRoutes(Context ctx) {
        served(ctx, "ListRoutes");
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode list = body.putArray("routes");
        for (Route route : routes.routes()) {
            list.addObject().put("operation", route.operation()).put("method", route.method())
                    .put("uri", route.template().toString()).put("hostPrefix", route.hostPrefix());
        }
        json(ctx, body);
    }

    private static void served(Context ctx, String what) {
        ServedAs.record(ctx.req(), "Admin " + what);
    }

    private static void json(Context ctx, ObjectNode body) {
        ctx.contentType("application/json");
        ctx.result(body.toString());
    }
}
