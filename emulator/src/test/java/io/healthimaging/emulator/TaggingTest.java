package io.healthimaging.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.medicalimaging.MedicalImagingClient;
import software.amazon.awssdk.services.medicalimaging.model.DatastoreStatus;
import software.amazon.awssdk.services.medicalimaging.model.ResourceNotFoundException;
import software.amazon.awssdk.services.medicalimaging.model.ValidationException;

class TaggingTest {
    private static Emulator emulator;
    private static MedicalImagingClient client;
    private String arn;
    private String datastoreId;

    @BeforeAll
    static void start() {
        emulator = Emulator.builder().start();
        client = SdkClients.medicalImaging(emulator);
    }

    @AfterAll
    static void stop() {
        client.close();
        emulator.close();
    }

    @BeforeEach
    void newDatastore() {
        emulator.reset();
        datastoreId = client.createDatastore(b -> b.datastoreName("tagged")).datastoreId();
        arn = client.getDatastore(b -> b.datastoreId(datastoreId)).datastoreProperties().datastoreArn();
    }

    private Map<String, String> tags() {
        return client.listTagsForResource(b -> b.resourceArn(arn)).tags();
    }

    @Test
    void tagsAreAddedMergedListedAndRemoved() {
        assertEquals(Map.of(), tags());
        client.tagResource(b -> b.resourceArn(arn).tags(Map.of("Deployment", "Development", "Team", "a")));
        client.tagResource(b -> b.resourceArn(arn).tags(Map.of("Team", "b", "Empty", "")));
        assertEquals(Map.of("Deployment", "Development", "Team", "b", "Empty", ""), tags());

        client.untagResource(b -> b.resourceArn(arn).tagKeys("Deployment", "Empty", "Absent"));
        assertEquals(Map.of("Team", "b"), tags());
    }

    @Test
    void tagAndUntagAnswer204WithAnEmptyBody() {
        var tagged = client.tagResource(b -> b.resourceArn(arn).tags(Map.of("k", "v")));
        assertEquals(204, tagged.sdkHttpResponse().statusCode());
        var untagged = client.untagResource(b -> b.resourceArn(arn).tagKeys("k"));
        assertEquals(204, untagged.sdkHttpResponse().statusCode());
    }

    @Test
    void fiftyTagsFitAndTheFiftyFirstIsRefused() {
        Map<String, String> fifty = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            fifty.put("key" + i, "value" + i);
        }
        client.tagResource(b -> b.resourceArn(arn).tags(fifty));
        ValidationException e = assertThrows(ValidationException.class,
                () -> client.tagResource(b -> b.resourceArn(arn).tags(Map.of("one-more", "x"))));
        assertTrue(e.getMessage().contains("at most 50 tags"), e.getMessage());
        assertEquals(50, tags().size());
    }

    @Test
    void keysStartingWithAwsAreRejectedByTheModelPattern() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> client.tagResource(b -> b.resourceArn(arn).tags(Map.of("aws:owner", "me"))));
        assertEquals("1 validation error detected: Value 'aws:owner' at 'tags' failed to satisfy constraint: Map keys"
                + " must satisfy constraint: [Member must satisfy regular expression pattern: ^(?!aws:)[a-zA-Z+-=._:/]+$]",
                e.awsErrorDetails().errorMessage());
        ValidationException untag = assertThrows(ValidationException.class,
                () -> client.untagResource(b -> b.resourceArn(arn).tagKeys("aws:owner")));
        assertTrue(untag.getMessage().contains("at 'tagKeys.1.member'"), untag.getMessage());
    }

    @Test
    void unknownResourcesAreNotFound() {
        String otherId = "0123456789abcdef0123456789abcdef";
        for (String unknown : List.of(
                "arn:aws:medical-imaging:us-east-1:123456789012:datastore/" + otherId,
                "arn:aws:medical-imaging:eu-west-1:123456789012:datastore/" + datastoreId,
                "arn:aws:medical-imaging:us-east-1:111122223333:datastore/" + datastoreId,
                arn + "/imageset/" + otherId)) {
            ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class,
                    () -> client.listTagsForResource(b -> b.resourceArn(unknown)), unknown);
            assertEquals(404, e.statusCode());
            assertThrows(ResourceNotFoundException.class,
                    () -> client.tagResource(b -> b.resourceArn(unknown).tags(Map.of("k", "v"))));
        }
    }

    @Test
    void aDeletedDataStoreCanNoLongerBeTagged() {
        Poll.until(() -> client.getDatastore(b -> b.datastoreId(datastoreId)).datastoreProperties().datastoreStatus(),
                s -> s == DatastoreStatus.ACTIVE, "ACTIVE");
        client.deleteDatastore(b -> b.datastoreId(datastoreId));
        Poll.until(() -> client.getDatastore(b -> b.datastoreId(datastoreId)).datastoreProperties().datastoreStatus(),
                s -> s == DatastoreStatus.DELETED, "DELETED");
        assertThrows(ResourceNotFoundException.class, () -> client.listTagsForResource(b -> b.resourceArn(arn)));
    }
}
