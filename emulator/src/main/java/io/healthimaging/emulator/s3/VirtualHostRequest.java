package io.healthimaging.emulator.s3;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Presents a virtual-host-style request ({@code GET /key} on host {@code bucket.localhost}) to S3Proxy in path
 * style ({@code GET /bucket/key}), so S3Proxy needs no knowledge of the host names clients use.
 */
final class VirtualHostRequest extends HttpServletRequestWrapper {
    private final String requestUri;

    VirtualHostRequest(HttpServletRequest request, String bucket) {
        super(request);
        String original = request.getRequestURI();
        this.requestUri = "/" + bucket + ("/".equals(original) ? "" : original);
    }

    @Override
    public String getRequestURI() {
        return requestUri;
    }

    @Override
    public StringBuffer getRequestURL() {
        return new StringBuffer(getScheme()).append("://").append(getServerName()).append(':')
                .append(getServerPort()).append(requestUri);
    }
}
