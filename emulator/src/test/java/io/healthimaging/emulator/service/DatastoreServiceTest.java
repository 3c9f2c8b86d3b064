package io.healthimaging.emulator.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthimaging.emulator.domain.Datastore;
import io.healthimaging.emulator.domain.DatastoreStatus;
import io.healthimaging.emulator.domain.IdGenerator;
import io.healthimaging.emulator.domain.ImageSetCatalog;
import io.healthimaging.emulator.events.DatastoreEvents;
import io.healthimaging.emulator.events.EventLog;
import io.healthimaging.emulator.storage.EmulatorState;
import io.healthimaging.emulator.storage.StatePersistence;
import io.healthimaging.emulator.workflow.WorkflowScheduler;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The data store service through its image set seam, which imports will fill. */
class DatastoreServiceTest {
    private static final String IMAGE_SET = "0123456789abcdef0123456789abcdef";
    private final WorkflowScheduler scheduler = new WorkflowScheduler(Duration.ZERO);

    @AfterEach
    void stop() {
        scheduler.close();
    }

    /** A catalog holding one image set in each listed data store. */
    private static ImageSetCatalog holding(Set<String> datastoreIds) {
        return new ImageSetCatalog() {
            @Override
            public boolean hasImageSets(String datastoreId) {
                return datastoreIds.contains(datastoreId);
            }

            @Override
            public boolean exists(String datastoreId, String imageSetId) {
                return datastoreIds.contains(datastoreId) && IMAGE_SET.equals(imageSetId);
            }
        };
    }

    private DatastoreService service(EmulatorState state, ImageSetCatalog catalog) {
        return new DatastoreService(state, scheduler, new DatastoreEvents(new EventLog(), "123456789012", "us-east-1"),
                Clock.systemUTC(), IdGenerator.random(), catalog, "us-east-1", "123456789012", Duration.ofHours(1));
    }

    private static Datastore awaitActive(DatastoreService service, String id) throws InterruptedException {
        for (int i = 0; i < 500 && service.get(id).status() != DatastoreStatus.ACTIVE; i++) {
            Thread.sleep(2);
        }
        return service.get(id);
    }

    @Test
    void aDataStoreThatHoldsImageSetsCannotBeDeleted() throws InterruptedException {
        EmulatorState state = new EmulatorState(StatePersistence.inMemory());
        java.util.Set<String> withImageSets = new java.util.HashSet<>();
        DatastoreService service = service(state, holding(withImageSets));
        String id = service.create(new NewDatastore("t", "full", Map.of(), null, null, null)).id();
        awaitActive(service, id);
        withImageSets.add(id);

        ServiceException e = assertThrows(ServiceException.class, () -> service.delete(id));
        assertEquals("ConflictException", e.errorShape());
        assertTrue(e.getMessage().contains("still holds image sets"), e.getMessage());

        withImageSets.clear();
        assertEquals(DatastoreStatus.DELETING, service.delete(id).status());
    }

    @Test
    void imageSetArnsResolveThroughTheCatalog() throws InterruptedException {
        EmulatorState state = new EmulatorState(StatePersistence.inMemory());
        java.util.Set<String> withImageSets = new java.util.HashSet<>();
        ImageSetCatalog catalog = holding(withImageSets);
        DatastoreService datastores = service(state, catalog);
        Datastore datastore = datastores.create(new NewDatastore("t", "tags", Map.of(), null, null, null));
        withImageSets.add(datastore.id());
        TaggingService tagging = new TaggingService(state, datastores, catalog, "us-east-1", "123456789012");

        String imageSetArn = datastore.arn() + "/imageset/" + IMAGE_SET;
        tagging.tag(imageSetArn, Map.of("Deployment", "Development"));
        assertEquals(Map.of("Deployment", "Development"), tagging.list(imageSetArn));
        assertEquals(Map.of(), tagging.list(datastore.arn()));
        ServiceException e = assertThrows(ServiceException.class,
                () -> tagging.list(datastore.arn() + "/imageset/ffffffffffffffffffffffffffffffff"));
        assertEquals("ResourceNotFoundException", e.errorShape());
    }
}
