package io.healthimaging.emulator.server;

import io.healthimaging.emulator.protocol.PercentEncoding;
import io.healthimaging.emulator.protocol.QueryParameters;
import io.healthimaging.emulator.protocol.routing.RouteTable;
import java.util.Locale;

/**
 * Tells S3 requests from HealthImaging requests on the shared port. In order: the service named in the SigV4
 * credential scope (Authorization header or presigned {@code X-Amz-Credential}); a virtual-host bucket in the
 * Host ({@code <bucket>.localhost}, {@code <bucket>.s3.<anything>}); then the path, where the API's own
 * top-level segments and the admin prefix belong to the emulator and everything else to S3. So no bucket name
 * can take over an API route for a signed client, and signed S3 requests reach S3 whatever the bucket is called.
 */
public final class RequestClassifier {
    public static final String ADMIN_PREFIX = "/_emulator/";

    private final RouteTable routes;

    public RequestClassifier(RouteTable routes) {
        this.routes = routes;
    }

    public RequestTarget classify(String host, String rawPath, String rawQuery, String authorization) {
        String service = signingService(authorization, rawQuery);
        String bucket = virtualHostBucket(host);
        if (service != null) {
            return "s3".equals(service) ? RequestTarget.s3(bucket) : RequestTarget.API;
        }
        if (authorization != null && authorization.startsWith("AWS ")) {
            return RequestTarget.s3(bucket); // Signature V2 exists only for S3.
        }
        if (bucket != null) {
            return RequestTarget.s3(bucket);
        }
        if (rawPath.equals("/") || rawPath.startsWith(ADMIN_PREFIX) || routes.ownsPath(rawPath)) {
            return RequestTarget.API;
        }
        return RequestTarget.S3_PATH_STYLE;
    }

    /** The service of a SigV4 credential scope ({@code AKID/date/region/service/aws4_request}), or null. */
    static String signingService(String authorization, String rawQuery) {
        String credential = null;
        if (authorization != null) {
            int start = authorization.indexOf("Credential=");
            if (start >= 0) {
                int end = authorization.indexOf(',', start);
                credential = authorization.substring(start + "Credential=".length(), end < 0 ? authorization.length() : end);
            }
        } else if (rawQuery != null && rawQuery.contains("X-Amz-Credential=")) {
            credential = QueryParameters.parse(rawQuery).first("X-Amz-Credential");
        }
        if (credential == null) {
            return null;
        }
        String[] scope = PercentEncoding.decode(credential.trim(), false).split("/");
        return scope.length >= 5 ? scope[scope.length - 2] : null;
    }

    /** The bucket of a virtual-host-style Host header, or null. */
    static String virtualHostBucket(String host) {
        if (host == null) {
            return null;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            return null; // An IPv6 literal.
        }
        int colon = name.indexOf(':');
        if (colon >= 0) {
            name = name.substring(0, colon);
        }
        for (String suffix : new String[] {".s3.localhost", ".localhost"}) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        for (String marker : new String[] {".s3.", ".s3-"}) {
            int at = name.indexOf(marker);
            if (at > 0) {
                return name.substring(0, at);
            }
        }
        return null;
    }
}
