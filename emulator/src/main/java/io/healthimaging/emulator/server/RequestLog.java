package io.healthimaging.emulator.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per request: what was served, the status, and how long it took. */
final class RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger("io.healthimaging.emulator.requests");

    private RequestLog() {
    }

    static void served(String what, int status, long startNanos) {
        if (LOG.isInfoEnabled()) {
            LOG.info("{} {} {} ms", what, status, String.format("%.1f", (System.nanoTime() - startNanos) / 1e6));
        }
    }
}
