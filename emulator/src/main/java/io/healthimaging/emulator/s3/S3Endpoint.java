package io.healthimaging.emulator.s3;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Hands S3 requests to the embedded S3, in path style. */
public final class S3Endpoint {
    private final EmbeddedS3 s3;

    public S3Endpoint(EmbeddedS3 s3) {
        this.s3 = s3;
    }

    /**
     * Serves one request; {@code virtualHostBucket} is the bucket named by the Host header, or null for a
     * path-style request.
     */
    public void serve(HttpServletRequest request, HttpServletResponse response, String virtualHostBucket)
            throws IOException, ServletException {
        s3.servlet().service(virtualHostBucket == null ? request : new VirtualHostRequest(request, virtualHostBucket),
                response);
    }
}
