package io.healthimaging.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.medicalimaging.MedicalImagingClient;
import software.amazon.awssdk.services.medicalimaging.model.ConflictException;
import software.amazon.awssdk.services.medicalimaging.model.CreateDatastoreResponse;
import software.amazon.awssdk.services.medicalimaging.model.DatastoreProperties;
import software.amazon.awssdk.services.medicalimaging.model.DatastoreStatus;
import software.amazon.awssdk.services.medicalimaging.model.DatastoreSummary;
import software.amazon.awssdk.services.medicalimaging.model.ListDatastoresResponse;
import software.amazon.awssdk.services.medicalimaging.model.LosslessStorageFormat;
import software.amazon.awssdk.services.medicalimaging.model.ResourceNotFoundException;
import software.amazon.awssdk.services.medicalimaging.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.medicalimaging.model.ValidationException;

class DatastoreLifecycleTest {
    private static final String KMS_KEY = "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012";
    private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:authorize";

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-14T00:01:00.643Z"));
    private Emulator emulator;
    private MedicalImagingClient client;

    @BeforeEach
    void start() {
        emulator = Emulator.builder().clock(clock).transitionDelay(Duration.ofMillis(50)).start();
        client = SdkClients.medicalImaging(emulator);
    }

    @AfterEach
    void stop() {
        client.close();
        emulator.close();
    }

    private DatastoreProperties get(String id) {
        return client.getDatastore(b -> b.datastoreId(id)).datastoreProperties();
    }

    private DatastoreProperties awaitStatus(String id, DatastoreStatus status) {
        return Poll.until(() -> get(id), p -> p.datastoreStatus() == status, "data store " + id + " " + status);
    }

    @Test
    void createdDataStoreIsCreatingThenActiveWithDocumentedProperties() {
        CreateDatastoreResponse created = client.createDatastore(b -> b.datastoreName("my-datastore"));
        assertEquals(DatastoreStatus.CREATING, created.datastoreStatus());
        assertTrue(created.datastoreId().matches("[0-9a-z]{32}"), created.datastoreId());

        DatastoreProperties active = awaitStatus(created.datastoreId(), DatastoreStatus.ACTIVE);
        assertEquals("my-datastore", active.datastoreName());
        assertEquals(LosslessStorageFormat.HTJ2_K, active.losslessStorageFormat());
        assertEquals("arn:aws:medical-imaging:us-east-1:123456789012:datastore/" + created.datastoreId(),
                active.datastoreArn());
        assertEquals(clock.instant(), active.createdAt());
        assertNull(active.kmsKeyArn());
    }

    @Test
    void everyCreateParameterIsKeptAndShown() {
        String id = client.createDatastore(b -> b.datastoreName("store/with#chars.-_")
                .kmsKeyArn(KMS_KEY).lambdaAuthorizerArn(LAMBDA)
                .losslessStorageFormat(LosslessStorageFormat.JPEG_2000_LOSSLESS)
                .tags(Map.of("Deployment", "Development"))).datastoreId();
        DatastoreProperties properties = get(id);
        assertEquals("store/with#chars.-_", properties.datastoreName());
        assertEquals(KMS_KEY, properties.kmsKeyArn());
        assertEquals(LAMBDA, properties.lambdaAuthorizerArn());
        assertEquals(LosslessStorageFormat.JPEG_2000_LOSSLESS, properties.losslessStorageFormat());
        assertEquals(Map.of("Deployment", "Development"),
                client.listTagsForResource(b -> b.resourceArn(properties.datastoreArn())).tags());
    }

    @Test
    void aDataStoreWithoutANameIsNamedAfterItsId() {
        String id = client.createDatastore(b -> { }).datastoreId();
        assertEquals(id, get(id).datastoreName());
    }

    @Test
    void deletingGoesThroughDeletingToDeletedAndStaysVisibleUntilTheRetentionEnds() {
        String id = client.createDatastore(b -> b.datastoreName("doomed")).datastoreId();
        awaitStatus(id, DatastoreStatus.ACTIVE);

        clock.advance(Duration.ofSeconds(5));
        assertEquals(DatastoreStatus.DELETING, client.deleteDatastore(b -> b.datastoreId(id)).datastoreStatus());
        DatastoreProperties deleted = awaitStatus(id, DatastoreStatus.DELETED);
        assertEquals(clock.instant(), deleted.updatedAt());
        assertEquals(List.of(id), ids(client.listDatastores(b -> b.datastoreStatus(DatastoreStatus.DELETED))));

        ConflictException again = assertThrows(ConflictException.class, () -> client.deleteDatastore(b -> b.datastoreId(id)));
        assertEquals(409, again.statusCode());

        clock.advance(Duration.ofHours(1));
        assertThrows(ResourceNotFoundException.class, () -> get(id));
        assertEquals(List.of(), ids(client.listDatastores(b -> { })));
    }

    @Test
    void aDataStoreCannotBeDeletedWhileItIsBeingCreated() {
        try (Emulator slow = Emulator.builder().transitionDelay(Duration.ofMinutes(5)).start();
             MedicalImagingClient slowClient = SdkClients.medicalImaging(slow)) {
            String id = slowClient.createDatastore(b -> b.datastoreName("new")).datastoreId();
            ConflictException e = assertThrows(ConflictException.class,
                    () -> slowClient.deleteDatastore(b -> b.datastoreId(id)));
            assertTrue(e.getMessage().contains("CREATING"), e.getMessage());
        }
    }

    @Test
    void unknownDataStoresAreNotFound() {
        String unknown = "0123456789abcdef0123456789abcdef";
        ResourceNotFoundException get = assertThrows(ResourceNotFoundException.class, () -> get(unknown));
        assertEquals(404, get.statusCode());
        assertThrows(ResourceNotFoundException.class, () -> client.deleteDatastore(b -> b.datastoreId(unknown)));
    }

    @Test
    void aRetryWithTheSameClientTokenReturnsTheSameDataStore() {
        CreateDatastoreResponse first = client.createDatastore(b -> b.datastoreName("once").clientToken("token-1"));
        CreateDatastoreResponse retry = client.createDatastore(b -> b.datastoreName("once").clientToken("token-1"));
        assertEquals(first.datastoreId(), retry.datastoreId());
        assertEquals(1, client.listDatastores(b -> { }).datastoreSummaries().size());
    }

    @Test
    void theSameClientTokenWithOtherParametersIsAConflict() {
        client.createDatastore(b -> b.datastoreName("once").clientToken("token-2"));
        ConflictException e = assertThrows(ConflictException.class,
                () -> client.createDatastore(b -> b.datastoreName("other").clientToken("token-2")));
        assertTrue(e.getMessage().contains("token-2"), e.getMessage());
    }

    @Test
    void theEleventhActiveDataStoreExceedsTheQuotaWithStatus402() {
        for (int i = 0; i < 10; i++) {
            int n = i;
            client.createDatastore(b -> b.datastoreName("store-" + n));
        }
        ServiceQuotaExceededException e = assertThrows(ServiceQuotaExceededException.class,
                () -> client.createDatastore(b -> b.datastoreName("one-too-many")));
        assertEquals(402, e.statusCode());
        assertEquals("ServiceQuotaExceededException", e.awsErrorDetails().errorCode());
    }

    @Test
    void aDeletedDataStoreFreesItsPlaceInTheQuota() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int n = i;
            ids.add(client.createDatastore(b -> b.datastoreName("store-" + n)).datastoreId());
        }
        awaitStatus(ids.get(0), DatastoreStatus.ACTIVE);
        client.deleteDatastore(b -> b.datastoreId(ids.get(0)));
        assertEquals(DatastoreStatus.CREATING, client.createDatastore(b -> b.datastoreName("replacement")).datastoreStatus());
    }

    @Test
    void listFiltersByStatusAndPaginatesWithOpaqueTokens() {
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            int n = i;
            created.add(client.createDatastore(b -> b.datastoreName("store-" + n)).datastoreId());
            clock.advance(Duration.ofMillis(1));
        }
        ListDatastoresResponse first = client.listDatastores(b -> b.maxResults(3));
        assertEquals(3, first.datastoreSummaries().size());
        assertNotNull(first.nextToken());

        List<String> paged = new ArrayList<>();
        client.listDatastoresPaginator(b -> b.maxResults(2)).datastoreSummaries()
                .forEach(s -> paged.add(s.datastoreId()));
        assertEquals(created, new HashSet<>(paged));
        assertEquals(7, paged.size());

        for (String id : created) {
            awaitStatus(id, DatastoreStatus.ACTIVE);
        }
        String deleted = paged.get(0);
        client.deleteDatastore(b -> b.datastoreId(deleted));
        assertEquals(6, client.listDatastores(b -> b.datastoreStatus(DatastoreStatus.ACTIVE)).datastoreSummaries().size());
    }

    @Test
    void aPageTokenSurvivesDataStoresCreatedAndDeletedBetweenPages() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            ids.add(client.createDatastore(b -> b.datastoreName("store-" + n)).datastoreId());
            clock.advance(Duration.ofMillis(1));
        }
        ListDatastoresResponse first = client.listDatastores(b -> b.maxResults(2));
        List<String> firstIds = ids(first);
        assertEquals(ids.subList(0, 2), firstIds);

        awaitStatus(ids.get(1), DatastoreStatus.ACTIVE);
        client.deleteDatastore(b -> b.datastoreId(ids.get(1)));
        String added = client.createDatastore(b -> b.datastoreName("late")).datastoreId();

        ListDatastoresResponse second = client.listDatastores(b -> b.maxResults(5).nextToken(first.nextToken()));
        assertEquals(List.of(ids.get(2), ids.get(3), added), ids(second));
        assertNull(second.nextToken());
    }

    @Test
    void anInvalidPageTokenIsAValidationError() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> client.listDatastores(b -> b.nextToken("not-a-token")));
        assertEquals(400, e.statusCode());
        assertTrue(e.getMessage().contains("nextToken"), e.getMessage());
    }

    @Test
    void eachStatusChangeRecordsTheDocumentedEvent() {
        String id = client.createDatastore(b -> b.datastoreName("test")).datastoreId();
        awaitStatus(id, DatastoreStatus.ACTIVE);
        client.deleteDatastore(b -> b.datastoreId(id));
        awaitStatus(id, DatastoreStatus.DELETED);

        var events = emulator.events().list();
        assertEquals(List.of("Data Store Creating", "Data Store Created", "Data Store Deleting", "Data Store Deleted"),
                events.stream().map(e -> e.detailType()).toList());
        var json = events.get(0).toJson();
        assertEquals(List.of("version", "id", "detail-type", "source", "account", "time", "region", "resources", "detail"),
                iterable(json.fieldNames()));
        assertEquals("0", json.get("version").asText());
        assertEquals("aws.medical-imaging", json.get("source").asText());
        assertEquals("123456789012", json.get("account").asText());
        assertEquals("us-east-1", json.get("region").asText());
        assertEquals("2024-03-14T00:01:00Z", json.get("time").asText());
        assertEquals("arn:aws:medical-imaging:us-east-1:123456789012:datastore/" + id, json.get("resources").get(0).asText());
        assertEquals(List.of("imagingVersion", "datastoreId", "datastoreName", "datastoreStatus"),
                iterable(json.get("detail").fieldNames()));
        assertEquals("1.0", json.get("detail").get("imagingVersion").asText());
        assertEquals("CREATING", json.get("detail").get("datastoreStatus").asText());
        assertEquals(4, java.util.UUID.fromString(json.get("id").asText()).version());
        assertNotEquals(events.get(0).id(), events.get(1).id());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static List<String> ids(ListDatastoresResponse response) {
        return response.datastoreSummaries().stream().map(DatastoreSummary::datastoreId).toList();
    }
}
