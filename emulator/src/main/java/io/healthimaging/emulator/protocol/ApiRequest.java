package io.healthimaging.emulator.protocol;

import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request as the protocol layer sees it: the raw (still percent-encoded) path and query, headers with
 * lower-case names, and the body bytes.
 */
public record ApiRequest(String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body) {

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
