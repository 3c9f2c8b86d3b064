package io.healthimaging.emulator.server;

import jakarta.servlet.http.HttpServletRequest;

/** Names what served a request, for the request log. */
public final class ServedAs {
    static final String ATTRIBUTE = "io.healthimaging.emulator.servedAs";

    private ServedAs() {
    }

    public static void record(HttpServletRequest request, String what) {
        request.setAttribute(ATTRIBUTE, what);
    }

    static Object of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE);
    }
}
