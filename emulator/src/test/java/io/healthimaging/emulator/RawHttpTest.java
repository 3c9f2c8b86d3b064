package io.healthimaging.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the SDKs never send, sent by hand over java.net.http. */
class RawHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Emulator emulator;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        emulator = Emulator.builder().start();
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(emulator.endpoint() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(HttpResponse<String> response, int status, String type, String messagePart)
            throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(type, response.headers().firstValue("X-Amzn-Errortype").orElse(null), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertEquals(type, body.path("__type").asText());
        assertTrue(body.path("message").asText().contains(messagePart), body.toString());
    }

    private static String createDatastore() throws Exception {
        HttpResponse<String> created = send("POST", "/datastore", "application/json", "{\"clientToken\":\"t-"
                + System.nanoTime() + "\",\"datastoreName\":\"raw\"}");
        assertEquals(200, created.statusCode(), created.body());
        return JSON.readTree(created.body()).path("datastoreId").asText();
    }

    @Test
    void malformedJsonIsASerializationException() throws Exception {
        assertError(send("POST", "/datastore", "application/json", "{\"clientToken\": "), 400,
                "SerializationException", "not valid JSON");
        assertError(send("POST", "/datastore", "application/json", "[1, 2]"), 400,
                "SerializationException", "must be a JSON object");
    }

    @Test
    void aValueOfTheWrongTypeIsASerializationExceptionNamingTheMember() throws Exception {
        assertError(send("POST", "/datastore", "application/json", "{\"clientToken\":\"t\",\"datastoreName\":5}"),
                400, "SerializationException", "Value at 'datastoreName' must be a string, but was the number 5");
        assertError(send("POST", "/datastore", "application/json", "{\"clientToken\":\"t\",\"tags\":[\"a\"]}"),
                400, "SerializationException", "Value at 'tags' must be an object");
        assertError(send("GET", "/datastore?maxResults=ten", null, null), 400,
                "SerializationException", "Value 'ten' at 'maxResults' must be an integer");
    }

    @Test
    void unknownPathsAndMethodsGetAwsShapedErrors() throws Exception {
        assertError(send("GET", "/datastore/abc/nothing", null, null), 404, "UnknownOperationException",
                "No operation matches GET /datastore/abc/nothing");
        assertError(send("GET", "/", null, null), 404, "UnknownOperationException", "No operation matches GET /");
        HttpResponse<String> wrongMethod = send("PUT", "/datastore", "application/json", "{}");
        assertError(wrongMethod, 405, "MethodNotAllowedException", "allowed: [GET, POST]");
        assertEquals("GET, POST", wrongMethod.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void anArnWithEncodedSlashesIsOnePathSegment() throws Exception {
        String id = createDatastore();
        String arn = "arn%3Aaws%3Amedical-imaging%3Aus-east-1%3A123456789012%3Adatastore%2F" + id;
        HttpResponse<String> tagged = send("POST", "/tags/" + arn, "application/json", "{\"tags\":{\"Deployment\":\"Development\"}}");
        assertEquals(204, tagged.statusCode(), tagged.body());
        assertEquals("", tagged.body());
        HttpResponse<String> listed = send("GET", "/tags/" + arn, null, null);
        assertEquals("{\"tags\":{\"Deployment\":\"Development\"}}", listed.body());
        HttpResponse<String> untagged = send("DELETE", "/tags/" + arn + "?tagKeys=Deployment", null, null);
        assertEquals(204, untagged.statusCode());
        assertEquals("{\"tags\":{}}", send("GET", "/tags/" + arn, null, null).body());
    }

    @Test
    void aBodyWithoutContentTypeIsReadAsJsonButOtherMediaTypesAreRefused() throws Exception {
        HttpResponse<String> noType = send("POST", "/datastore", null, "{\"clientToken\":\"no-type\"}");
        assertEquals(200, noType.statusCode(), noType.body());
        assertError(send("POST", "/datastore", "text/plain", "{\"clientToken\":\"plain\"}"), 415,
                "UnsupportedMediaTypeException", "text/plain");
    }

    @Test
    void emptyBodiesAreAcceptedAndMissingRequiredMembersNamed() throws Exception {
        assertError(send("POST", "/datastore", "application/json", ""), 400, "ValidationException",
                "1 validation error detected: Value null at 'clientToken' failed to satisfy constraint: Member must not be null");
        String id = createDatastore();
        String arn = "arn%3Aaws%3Amedical-imaging%3Aus-east-1%3A123456789012%3Adatastore%2F" + id;
        assertError(send("POST", "/tags/" + arn, null, null), 400, "ValidationException",
                "Value null at 'tags' failed to satisfy constraint: Member must not be null");
        HttpResponse<String> get = send("GET", "/datastore/" + id, null, "");
        assertEquals(200, get.statusCode());
    }

    @Test
    void timestampsAreEpochSecondsWithMillisecondsAndRequiredListsArePresent() throws Exception {
        String id = createDatastore();
        String text = send("GET", "/datastore/" + id, null, null).body();
        assertTrue(text.matches(".*\"createdAt\":\\d{10}(\\.\\d{1,3})?,.*"), text);
        JsonNode properties = JSON.readTree(text).path("datastoreProperties");
        assertEquals(List.of("datastoreId", "datastoreName", "datastoreStatus", "losslessStorageFormat", "datastoreArn",
                "createdAt", "updatedAt"), fieldNames(properties));
        JsonNode noTags = JSON.readTree(send("GET", "/tags/arn%3Aaws%3Amedical-imaging%3Aus-east-1%3A123456789012%3Adatastore%2F"
                + id, null, null).body());
        assertTrue(noTags.path("tags").isObject(), noTags.toString());
    }

    @Test
    void severalViolationsAreCountedAndListed() throws Exception {
        assertError(send("POST", "/datastore", "application/json",
                "{\"clientToken\":\"bad token\",\"datastoreName\":\"x y\",\"losslessStorageFormat\":\"PNG\"}"),
                400, "ValidationException", "3 validation errors detected: Value 'x y' at 'datastoreName' failed to"
                        + " satisfy constraint: Member must satisfy regular expression pattern: ^[A-Za-z0-9._/#-]+$;"
                        + " Value 'bad token' at 'clientToken' failed to satisfy constraint: Member must satisfy regular"
                        + " expression pattern: ^[A-Za-z0-9._-]+$; Value 'PNG' at 'losslessStorageFormat' failed to"
                        + " satisfy constraint: Member must satisfy enum value set: [HTJ2K, JPEG_2000_LOSSLESS]");
    }

    @Test
    void newerModelMembersAreAcceptedAndNewerErrorsKnown() throws Exception {
        String id = createDatastore();
        String job = "{\"dataAccessRoleArn\":\"arn:aws:iam::123456789012:role/r\",\"clientToken\":\"c\","
                + "\"inputS3Uri\":\"s3://bucket/in/\",\"outputS3Uri\":\"s3://bucket/out/\",\"importConfiguration\":"
                + "{\"dicomJsonMetadataImportConfiguration\":{\"dicomMetadataMappings\":[{\"studyInstanceUID\":\"1.2\","
                + "\"metadataFilePath\":\"m/a.json\"}]}}}";
        HttpResponse<String> validated = send("POST", "/startDICOMImportJob/datastore/" + id, "application/json", job);
        assertEquals(501, validated.statusCode(), validated.body());
        assertError(send("POST", "/datastore/" + id + "/imageSet/" + id + "/updateImageSetMetadata?latestVersion=1"
                        + "&includeStudyImageSets=maybe", "application/json", "{\"revertToVersionId\":\"1\"}"),
                400, "SerializationException", "Value 'maybe' at 'includeStudyImageSets' must be a boolean");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
