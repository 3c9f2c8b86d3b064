package io.healthimaging.emulator.server;

import io.healthimaging.emulator.protocol.ApiRequest;
import io.healthimaging.emulator.protocol.ApiResponse;
import io.healthimaging.emulator.protocol.RestJsonService;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Adapts Javalin requests to the protocol layer and writes its responses back. */
final class ApiEndpoint implements Handler {
    private final RestJsonService service;

    ApiEndpoint(RestJsonService service) {
        this.service = service;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        HttpServletRequest req = ctx.req();
        ApiResponse response = service.handle(new ApiRequest(req.getMethod(), req.getRequestURI(),
                req.getQueryString(), headers(req), ctx.bodyAsBytes()));
        ServedAs.record(req, response.operation());
        ctx.status(response.status());
        response.headers().forEach(ctx::header);
        if (response.contentLength() >= 0) {
            ctx.res().setContentLengthLong(response.contentLength());
        }
        if (response.contentLength() != 0) {
            ctx.result(response.body());
        }
    }

    private static Map<String, String> headers(HttpServletRequest req) {
        Map<String, String> headers = new HashMap<>();
        for (Enumeration<String> names = req.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            headers.putIfAbsent(name.toLowerCase(Locale.ROOT), req.getHeader(name));
        }
        return headers;
    }
}
