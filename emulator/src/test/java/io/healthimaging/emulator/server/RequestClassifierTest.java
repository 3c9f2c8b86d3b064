package io.healthimaging.emulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.healthimaging.emulator.api.DicomWebOperations;
import io.healthimaging.emulator.protocol.model.ServiceModel;
import io.healthimaging.emulator.protocol.routing.RouteTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestClassifierTest {
    private static final String S3_SIGNED = "AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/s3/aws4_request, "
            + "SignedHeaders=host;x-amz-date, Signature=abc";
    private static final String API_SIGNED = S3_SIGNED.replace("/s3/", "/medical-imaging/");
    private final RequestClassifier classifier = new RequestClassifier(
            RouteTable.of(ServiceModel.bundled().operations(), List.of(DicomWebOperations.ROUTE)));

    @Test
    void theSigningServiceDecidesFirst() {
        assertEquals(RequestTarget.S3_PATH_STYLE, classifier.classify("localhost:4566", "/datastore", null, S3_SIGNED));
        assertEquals(RequestTarget.API, classifier.classify("localhost:4566", "/my-bucket/key", null, API_SIGNED));
        assertEquals(RequestTarget.s3("bucket"), classifier.classify("bucket.localhost:4566", "/tags", null, S3_SIGNED));
        assertEquals(RequestTarget.S3_PATH_STYLE, classifier.classify("localhost", "/datastore/x", "X-Amz-Algorithm="
                + "AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F20240101%2Fus-east-1%2Fs3%2Faws4_request", null));
    }

    @Test
    void virtualHostBucketsComeNextThenThePath() {
        assertEquals(RequestTarget.s3("my.bucket"), classifier.classify("my.bucket.localhost:4566", "/datastore", null, null));
        assertEquals(RequestTarget.s3("b"), classifier.classify("b.s3.us-east-1.amazonaws.com", "/", null, null));
        assertEquals(RequestTarget.s3("b"), classifier.classify("b.s3.localhost", "/", null, null));
        assertEquals(RequestTarget.API, classifier.classify("runtime-localhost:4566", "/datastore/x/imageSet/y/getImageSet", null, null));
        assertEquals(RequestTarget.API, classifier.classify("dicom-127.0.0.1:4566", "/datastore/x/studies/1/series/2/instances/3", null, null));
        assertEquals(RequestTarget.API, classifier.classify("localhost", "/_emulator/health", null, null));
        assertEquals(RequestTarget.API, classifier.classify("localhost", "/tags/arn", null, null));
        assertEquals(RequestTarget.S3_PATH_STYLE, classifier.classify("127.0.0.1", "/bucket/key", null, null));
    }
}
