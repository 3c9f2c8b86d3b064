package io.healthimaging.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.medicalimaging.MedicalImagingClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

class AdminApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    private JsonNode call(Emulator emulator, String method, String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(emulator.endpoint() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), response.body());
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    @Test
    void healthAndVersionDescribeTheRunningEmulator() throws Exception {
        try (Emulator emulator = Emulator.builder().region("eu-west-1").accountId("111122223333").start()) {
            assertEquals("ok", call(emulator, "GET", "/_emulator/health", 200).path("status").asText());
            JsonNode version = call(emulator, "GET", "/_emulator/version", 200);
            assertEquals("Medical Imaging", version.path("service").asText());
            assertEquals("2023-07-19", version.path("apiVersion").asText());
            assertEquals("eu-west-1", version.path("region").asText());
            assertEquals("111122223333", version.path("accountId").asText());
            assertTrue(version.path("version").asText().matches("\\d+\\.\\d+\\.\\d+.*"), version.toString());
        }
    }

    @Test
    void theRoutingTableHoldsAllOperationsWithTheirHostPrefixes() throws Exception {
        try (Emulator emulator = Emulator.builder().start()) {
            JsonNode routes = call(emulator, "GET", "/_emulator/routes", 200).path("routes");
            assertEquals(19, routes.size());
            Set<String> runtime = new HashSet<>();
            routes.forEach(r -> {
                if (r.path("hostPrefix").asText().equals("runtime-")) {
                    runtime.add(r.path("operation").asText());
                }
            });
            assertEquals(Set.of("SearchImageSets", "GetImageSet", "GetImageSetMetadata", "GetImageFrame",
                    "ListImageSetVersions", "UpdateImageSetMetadata", "CopyImageSet", "DeleteImageSet"), runtime);
        }
    }

    @Test
    void eventsAreListedAsDocumentedAndCleared() throws Exception {
        try (Emulator emulator = Emulator.builder().start(); MedicalImagingClient client = SdkClients.medicalImaging(emulator)) {
            String id = client.createDatastore(b -> b.datastoreName("test")).datastoreId();
            JsonNode event = call(emulator, "GET", "/_emulator/events", 200).path("events").get(0);
            assertEquals("Data Store Creating", event.path("detail-type").asText());
            assertEquals(id, event.path("detail").path("datastoreId").asText());
            call(emulator, "DELETE", "/_emulator/events", 204);
            assertEquals(0, call(emulator, "GET", "/_emulator/events", 200).path("events").size());
        }
    }

    @Test
    void resetForgetsDataStoresTagsEventsAndBuckets() throws Exception {
        try (Emulator emulator = Emulator.builder().start(); MedicalImagingClient client = SdkClients.medicalImaging(emulator);
             S3Client s3 = SdkClients.s3(emulator, true)) {
            client.createDatastore(b -> b.datastoreName("before").clientToken("reused"));
            s3.createBucket(b -> b.bucket("input"));
            s3.putObject(b -> b.bucket("input").key("a.dcm"), RequestBody.fromString("x"));

            assertEquals("reset", call(emulator, "POST", "/_emulator/reset", 200).path("status").asText());

            assertEquals(0, client.listDatastores(b -> { }).datastoreSummaries().size());
            assertEquals(0, emulator.events().list().size());
            assertThrows(NoSuchBucketException.class, () -> s3.listObjectsV2(b -> b.bucket("input")));
            assertEquals("after", client.getDatastore(b -> b.datastoreId(
                    client.createDatastore(c -> c.datastoreName("after").clientToken("reused")).datastoreId()))
                    .datastoreProperties().datastoreName());
            assertEquals(0, call(emulator, "GET", "/_emulator/health", 200).path("pendingTransitions").asInt() > 1 ? 1 : 0);
        }
    }
}
