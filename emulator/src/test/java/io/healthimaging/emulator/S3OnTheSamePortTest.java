package io.healthimaging.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

class S3OnTheSamePortTest {
    private static Emulator emulator;
    private static S3Client pathStyle;

    @BeforeAll
    static void start() {
        emulator = Emulator.builder().start();
        pathStyle = SdkClients.s3(emulator, true);
    }

    @AfterAll
    static void stop() {
        pathStyle.close();
        emulator.close();
    }

    @Test
    void objectsRoundTripWithTheDefaultClientConfiguration() {
        // With an IP address endpoint the SDK's default configuration addresses buckets in path style.
        try (S3Client s3 = S3Client.builder().endpointOverride(URI.create("http://127.0.0.1:" + emulator.port()))
                .region(Region.US_EAST_1).credentialsProvider(SdkClients.CREDENTIALS).build()) {
            s3.createBucket(b -> b.bucket("defaults"));
            s3.putObject(b -> b.bucket("defaults").key("dicom/a b+c.dcm"), RequestBody.fromString("payload"));
            assertEquals("payload", s3.getObjectAsBytes(b -> b.bucket("defaults").key("dicom/a b+c.dcm")).asUtf8String());
        }
    }

    @Test
    void virtualHostStyleBucketsAreServedWhenTheirHostResolves() {
        LoopbackDns dns = new LoopbackDns();
        try (S3Client s3 = S3Client.builder().endpointOverride(emulator.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(SdkClients.CREDENTIALS)
                .httpClientBuilder(ApacheHttpClient.builder().dnsResolver(dns)).build()) {
            s3.createBucket(b -> b.bucket("virtual"));
            s3.putObject(b -> b.bucket("virtual").key("x/y.txt"), RequestBody.fromString("vhost"));
            assertEquals("vhost", s3.getObjectAsBytes(b -> b.bucket("virtual").key("x/y.txt")).asUtf8String());
            assertEquals(List.of("x/y.txt"), keys(s3.listObjectsV2(b -> b.bucket("virtual"))));
        }
        assertTrue(dns.resolved().contains("virtual.localhost"), dns.resolved().toString());
        assertEquals("vhost", pathStyle.getObjectAsBytes(b -> b.bucket("virtual").key("x/y.txt")).asUtf8String());
    }

    @Test
    void aBucketNamedLikeAnApiRouteStillReachesS3() {
        pathStyle.createBucket(b -> b.bucket("datastore"));
        pathStyle.putObject(b -> b.bucket("datastore").key("tags"), RequestBody.fromString("not an API call"));
        assertEquals("not an API call", pathStyle.getObjectAsBytes(b -> b.bucket("datastore").key("tags")).asUtf8String());
        assertEquals(List.of("tags"), keys(pathStyle.listObjectsV2(b -> b.bucket("datastore"))));
    }

    @Test
    void headCopyDeleteAndRangedGetWork() {
        pathStyle.createBucket(b -> b.bucket("objects"));
        pathStyle.putObject(b -> b.bucket("objects").key("source").contentType("application/dicom"),
                RequestBody.fromString("0123456789"));
        assertEquals(10L, pathStyle.headObject(b -> b.bucket("objects").key("source")).contentLength());
        assertEquals("application/dicom", pathStyle.headObject(b -> b.bucket("objects").key("source")).contentType());

        ResponseBytes<GetObjectResponse> range = pathStyle.getObjectAsBytes(b -> b.bucket("objects").key("source").range("bytes=2-5"));
        assertEquals("2345", range.asUtf8String());
        assertEquals(206, range.response().sdkHttpResponse().statusCode());

        pathStyle.copyObject(b -> b.sourceBucket("objects").sourceKey("source").destinationBucket("objects").destinationKey("copy"));
        assertEquals("0123456789", pathStyle.getObjectAsBytes(b -> b.bucket("objects").key("copy")).asUtf8String());

        pathStyle.deleteObject(b -> b.bucket("objects").key("source"));
        NoSuchKeyException missing = assertThrows(NoSuchKeyException.class,
                () -> pathStyle.getObjectAsBytes(b -> b.bucket("objects").key("source")));
        assertEquals(404, missing.statusCode());
        assertEquals("NoSuchKey", missing.awsErrorDetails().errorCode());
    }

    @Test
    void missingBucketsAnswerWithS3XmlErrors() {
        NoSuchBucketException e = assertThrows(NoSuchBucketException.class,
                () -> pathStyle.listObjectsV2(b -> b.bucket("no-such-bucket")));
        assertEquals("NoSuchBucket", e.awsErrorDetails().errorCode());
    }

    @Test
    void listObjectsV2HonoursPrefixDelimiterAndPagination() {
        pathStyle.createBucket(b -> b.bucket("listing"));
        for (String key : List.of("in/a.dcm", "in/b.dcm", "in/c.dcm", "in/sub/d.dcm", "out/e.json")) {
            pathStyle.putObject(b -> b.bucket("listing").key(key), RequestBody.fromString(key));
        }
        ListObjectsV2Response folders = pathStyle.listObjectsV2(b -> b.bucket("listing").prefix("in/").delimiter("/"));
        assertEquals(List.of("in/a.dcm", "in/b.dcm", "in/c.dcm"), keys(folders));
        assertEquals(List.of("in/sub/"), folders.commonPrefixes().stream().map(p -> p.prefix()).toList());

        List<String> paged = new ArrayList<>();
        pathStyle.listObjectsV2Paginator(b -> b.bucket("listing").maxKeys(2)).contents().forEach(o -> paged.add(o.key()));
        assertEquals(List.of("in/a.dcm", "in/b.dcm", "in/c.dcm", "in/sub/d.dcm", "out/e.json"), paged);
    }

    @Test
    void multipartUploadsAssembleTheirParts() {
        pathStyle.createBucket(b -> b.bucket("multipart"));
        byte[] part1 = new byte[5 * 1024 * 1024];
        new Random(1).nextBytes(part1);
        byte[] part2 = "tail".getBytes(StandardCharsets.US_ASCII);
        String uploadId = pathStyle.createMultipartUpload(b -> b.bucket("multipart").key("big")).uploadId();
        String etag1 = pathStyle.uploadPart(b -> b.bucket("multipart").key("big").uploadId(uploadId).partNumber(1),
                RequestBody.fromBytes(part1)).eTag();
        String etag2 = pathStyle.uploadPart(b -> b.bucket("multipart").key("big").uploadId(uploadId).partNumber(2),
                RequestBody.fromBytes(part2)).eTag();
        pathStyle.completeMultipartUpload(b -> b.bucket("multipart").key("big").uploadId(uploadId)
                .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(etag1).build(),
                        CompletedPart.builder().partNumber(2).eTag(etag2).build())));

        byte[] whole = pathStyle.getObjectAsBytes(b -> b.bucket("multipart").key("big")).asByteArray();
        byte[] expected = new byte[part1.length + part2.length];
        System.arraycopy(part1, 0, expected, 0, part1.length);
        System.arraycopy(part2, 0, expected, part1.length, part2.length);
        assertArrayEquals(expected, whole);
    }

    @Test
    void streamingUploadsWithTrailingChecksumsStoreThePlainBytes() {
        pathStyle.createBucket(b -> b.bucket("chunked"));
        byte[] data = new byte[300_000];
        new Random(2).nextBytes(data);
        // An unknown-length stream makes the SDK send aws-chunked content with a trailing CRC32 checksum.
        pathStyle.putObject(b -> b.bucket("chunked").key("stream"),
                RequestBody.fromContentProvider(() -> new java.io.ByteArrayInputStream(data), "application/octet-stream"));
        byte[] back = pathStyle.getObjectAsBytes(b -> b.bucket("chunked").key("stream")).asByteArray();
        assertArrayEquals(data, back);
        assertFalse(new String(back, StandardCharsets.ISO_8859_1).contains("x-amz-checksum"));
    }

    private static List<String> keys(ListObjectsV2Response response) {
        return response.contents().stream().map(S3Object::key).toList();
    }
}
