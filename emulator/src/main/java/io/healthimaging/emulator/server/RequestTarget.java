package io.healthimaging.emulator.server;

/**
 * Who serves a request: the embedded S3 (with the bucket named by the Host header, if any) or the
 * HealthImaging side (API, DICOMweb and admin).
 */
public record RequestTarget(boolean s3, String virtualHostBucket) {
    static final RequestTarget API = new RequestTarget(false, null);
    static final RequestTarget S3_PATH_STYLE = new RequestTarget(true, null);

    static RequestTarget s3(String virtualHostBucket) {
        return new RequestTarget(true, virtualHostBucket);
    }
}
