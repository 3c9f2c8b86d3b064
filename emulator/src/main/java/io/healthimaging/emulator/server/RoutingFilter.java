package io.healthimaging.emulator.server;

import io.healthimaging.emulator.s3.S3Endpoint;
import io.healthimaging.emulator.s3.S3OperationName;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The front door of the shared port: sends S3 requests to the embedded S3 and everything else on to Javalin
 * (API, DICOMweb, admin), and logs every request once.
 */
final class RoutingFilter implements Filter {
    /** Request attribute telling the error handler to answer in S3's XML. */
    static final String S3_REQUEST = "io.healthimaging.emulator.s3";

    private final RequestClassifier classifier;
    private final S3Endpoint s3;
    private final AtomicInteger inFlight = new AtomicInteger();

    RoutingFilter(RequestClassifier classifier, S3Endpoint s3) {
        this.classifier = classifier;
        this.s3 = s3;
    }

    int requestsInFlight() {
        return inFlight.get();
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        long start = System.nanoTime();
        inFlight.incrementAndGet();
        try {
            RequestTarget target = classifier.classify(request.getHeader("Host"), request.getRequestURI(),
                    request.getQueryString(), request.getHeader("Authorization"));
            if (target.s3()) {
                request.setAttribute(S3_REQUEST, Boolean.TRUE);
                String bucket = target.virtualHostBucket();
                String pathStyle = bucket == null ? request.getRequestURI() : "/" + bucket + request.getRequestURI();
                ServedAs.record(request, "S3 " + S3OperationName.of(request.getMethod(), pathStyle,
                        request.getQueryString(), request.getHeader("x-amz-copy-source")));
                s3.serve(request, response, bucket);
            } else {
                chain.doFilter(request, response);
            }
        } finally {
            inFlight.decrementAndGet();
            Object servedAs = ServedAs.of(request);
            RequestLog.served(servedAs != null ? servedAs.toString()
                    : request.getMethod() + " " + request.getRequestURI(), response.getStatus(), start);
        }
    }
}
