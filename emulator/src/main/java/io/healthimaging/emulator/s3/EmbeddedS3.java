package io.healthimaging.emulator.s3;

import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.services.s3.model.Bucket;

/**
 * S3 served in-process by S3Proxy over a blob store in memory or in a directory. S3Proxy's request handling is
 * a plain Jakarta servlet, which the emulator mounts in its own Jetty server; S3Proxy's own server is never
 * started. Authentication is off: any credentials (and unsigned requests) are accepted, as on the API side.
 */
public final class EmbeddedS3 {
    private final BlobStore blobStore;
    private final HttpServlet servlet;

    private EmbeddedS3(BlobStore blobStore) {
        this.blobStore = blobStore;
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(blobStore)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.NONE, null, null)
                .build();
        this.servlet = servletOf(proxy);
    }

    public static EmbeddedS3 inMemory() {
        return new EmbeddedS3(new TransientNio2BlobStore());
    }

    /** Buckets and objects kept as files under {@code directory}, so they survive restarts. */
    public static EmbeddedS3 inDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create S3 directory " + directory, e);
        }
        return new EmbeddedS3(new FilesystemNio2BlobStore(directory.toAbsolutePath().toString()));
    }

    public HttpServlet servlet() {
        return servlet;
    }

    /** Deletes every bucket with its objects. */
    public void reset() {
        for (Bucket bucket : blobStore.list().buckets()) {
            blobStore.deleteContainer(bucket.name());
        }
    }

    /**
     * S3Proxy 4.1 builds its servlet (S3ProxyHandlerJetty, which maps blob store failures to S3 XML errors) in
     * the S3Proxy constructor and keeps it in a private field; the class and its constructor are package-private.
     * Reading the field reuses that servlet exactly instead of re-implementing its error mapping.
     */
    private static HttpServlet servletOf(S3Proxy proxy) {
        try {
            Field handler = S3Proxy.class.getDeclaredField("handler");
            handler.setAccessible(true);
            return (HttpServlet) handler.get(proxy);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("Unsupported S3Proxy version: its servlet is not reachable", e);
        }
    }
}
