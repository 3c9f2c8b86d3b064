package io.healthimaging.emulator.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthimaging.emulator.protocol.model.OperationModel;
import io.healthimaging.emulator.protocol.model.ServiceModel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Binding of payloads, labels and queries into the typed input view handlers receive. */
class InputBindingTest {
    private static final ServiceModel MODEL = ServiceModel.bundled();
    private static final String ID = "0123456789abcdef0123456789abcdef";
    private final InputBinder binder = new InputBinder();

    private Input bind(String operation, Map<String, String> labels, String query, String body) {
        OperationModel op = MODEL.operation(operation).orElseThrow();
        var tree = binder.bind(op, labels, new ApiRequest(op.method(), "/", query, Map.of(),
                body.getBytes(StandardCharsets.UTF_8)));
        assertTrue(new InputValidator().validate(op.input(), tree).isEmpty());
        return new Input(tree);
    }

    @Test
    void aPayloadStructureIsTheWholeBodyWithTimestampsInEpochSeconds() {
        Input input = bind("SearchImageSets", Map.of("datastoreId", ID), "maxResults=10",
                "{\"filters\":[{\"values\":[{\"createdAt\":1700000000.123},{\"createdAt\":1800000000}],"
                        + "\"operator\":\"BETWEEN\"}],\"sort\":{\"sortOrder\":\"ASC\",\"sortField\":\"updatedAt\"}}");
        assertEquals(10, input.integer("maxResults"));
        Input criteria = input.structure("searchCriteria").orElseThrow();
        List<Input> values = criteria.structures("filters").get(0).structures("values");
        assertEquals(Instant.parse("2023-11-14T22:13:20.123Z"), values.get(0).timestamp("createdAt"));
        assertEquals(Instant.ofEpochSecond(1_800_000_000L), values.get(1).timestamp("createdAt"));
        assertEquals("updatedAt", criteria.structure("sort").orElseThrow().string("sortField"));
    }

    @Test
    void blobsArriveDecodedAndBooleansAndRenamedQueryKeysAreBound() {
        byte[] update = "{\"SchemaVersion\":1.1}".getBytes(StandardCharsets.UTF_8);
        Input input = bind("UpdateImageSetMetadata", Map.of("datastoreId", ID, "imageSetId", ID),
                "latestVersion=3&force=true", "{\"DICOMUpdates\":{\"updatableAttributes\":\""
                        + Base64.getEncoder().encodeToString(update) + "\"}}");
        assertEquals("3", input.string("latestVersionId"));
        assertTrue(input.flag("force"));
        assertFalse(input.flag("includeStudyImageSets"));
        assertArrayEquals(update, input.structure("updateImageSetMetadataUpdates").orElseThrow()
                .structure("DICOMUpdates").orElseThrow().blob("updatableAttributes"));
    }

    @Test
    void aRepeatedQueryKeyIsAList() {
        Input input = bind("UntagResource", Map.of("resourceArn", "arn:aws:medical-imaging:us-east-1:123456789012:datastore/" + ID),
                "tagKeys=a&tagKeys=b%2Bc&tagKeys=x%3Ay", "");
        assertEquals(List.of("a", "b+c", "x:y"), input.strings("tagKeys"));
    }

    @Test
    void invalidBase64IsASerializationException() {
        ProtocolException e = assertThrows(ProtocolException.class, () -> bind("UpdateImageSetMetadata",
                Map.of("datastoreId", ID, "imageSetId", ID), "latestVersion=1",
                "{\"DICOMUpdates\":{\"updatableAttributes\":\"@@@\"}}"));
        assertEquals("SerializationException", e.errorType());
        assertTrue(e.getMessage().contains("updateImageSetMetadataUpdates.DICOMUpdates.updatableAttributes"), e.getMessage());
    }
}
