package io.healthimaging.emulator.service;

import io.healthimaging.emulator.domain.Datastore;
import io.healthimaging.emulator.domain.DatastoreStatus;
import io.healthimaging.emulator.domain.IdGenerator;
import io.healthimaging.emulator.domain.ImageSetCatalog;
import io.healthimaging.emulator.domain.LosslessStorageFormat;
import io.healthimaging.emulator.domain.ResourceArn;
import io.healthimaging.emulator.events.DatastoreEvents;
import io.healthimaging.emulator.storage.EmulatorState;
import io.healthimaging.emulator.storage.IdempotentRequest;
import io.healthimaging.emulator.workflow.Transition;
import io.healthimaging.emulator.workflow.WorkflowScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The data store lifecycle: create (CREATING, then ACTIVE), read, list, delete (DELETING, then DELETED).
 * A deleted data store stays visible with status DELETED for the retention period, as on AWS, and is then
 * forgotten: Get answers ResourceNotFoundException and List leaves it out.
 */
public final class DatastoreService {
    /** Active data stores per account and region (service quota, adjustable on AWS). */
    public static final int ACTIVE_DATASTORE_QUOTA = 10;
    static final int DEFAULT_PAGE_SIZE = 50;
    private static final String CREATE = "CreateDatastore";
    private static final Comparator<Datastore> LIST_ORDER =
            Comparator.comparing(Datastore::createdAt).thenComparing(Datastore::id);

    private final EmulatorState state;
    private final WorkflowScheduler scheduler;
    private final DatastoreEvents events;
    private final Clock clock;
    private final IdGenerator ids;
    private final ImageSetCatalog imageSets;
    private final String region;
    private final String account;
    private final Duration deletedRetention;

    public DatastoreService(EmulatorState state, WorkflowScheduler scheduler, DatastoreEvents events, Clock clock,
                            IdGenerator ids, ImageSetCatalog imageSets, String region, String account,
                            Duration deletedRetention) {
        this.state = state;
        this.scheduler = scheduler;
        this.events = events;
        this.clock = clock;
        this.ids = ids;
        this.imageSets = imageSets;
        this.region = region;
        this.account = account;
        this.deletedRetention = deletedRetention;
    }

    public Datastore create(NewDatastore request) {
        return state.change(() -> {
            purgeExpired();
            Optional<IdempotentRequest> earlier = state.clientToken(request.clientToken());
            if (earlier.isPresent()) {
                return retry(earlier.get(), request);
            }
            long live = state.datastores().stream().filter(Datastore::isLive).count();
            if (live >= ACTIVE_DATASTORE_QUOTA) {
                throw ServiceException.quotaExceeded("Cannot create another data store: the quota of "
                        + ACTIVE_DATASTORE_QUOTA + " active data stores per region is reached");
            }
            TagLimit.check(request.tags().size());
            String id = newUniqueId();
            Instant now = clock.instant();
            String arn = ResourceArn.datastore(region, account, id).toString();
            Datastore datastore = new Datastore(id, request.name() != null ? request.name() : id,
                    DatastoreStatus.CREATING, arn,
                    request.losslessStorageFormat() != null ? request.losslessStorageFormat() : LosslessStorageFormat.HTJ2K,
                    request.kmsKeyArn(), request.lambdaAuthorizerArn(), now, now);
            state.putDatastore(datastore);
            state.putTags(arn, request.tags());
            state.putClientToken(request.clientToken(), new IdempotentRequest(CREATE, request.parameters(), id));
            events.entered(datastore, now);
            scheduleTransition(datastore, DatastoreStatus.CREATING, DatastoreStatus.ACTIVE);
            return datastore;
        });
    }

    public Datastore get(String datastoreId) {
        return visible(datastoreId).orElseThrow(() -> notFound(datastoreId));
    }

    /** A data store that exists and is not DELETED: the ones that can be tagged and hold image sets. */
    public Optional<Datastore> existing(String datastoreId) {
        return visible(datastoreId).filter(d -> d.status() != DatastoreStatus.DELETED);
    }

    public DatastorePage list(DatastoreStatus status, Integer maxResults, String nextToken) {
        PageToken after = nextToken == null ? null : PageToken.decode(nextToken);
        int pageSize = maxResults == null ? DEFAULT_PAGE_SIZE : maxResults;
        Instant now = clock.instant();
        Predicate<Datastore> wanted = d -> isVisible(d, now) && (status == null || d.status() == status)
                && (after == null || after.isBefore(d.createdAt(), d.id()));
        List<Datastore> matching = state.datastores().stream().filter(wanted).sorted(LIST_ORDER).toList();
        if (matching.size() <= pageSize) {
            return new DatastorePage(matching, null);
        }
        List<Datastore> page = matching.subList(0, pageSize);
        Datastore last = page.get(page.size() - 1);
        return new DatastorePage(List.copyOf(page), new PageToken(last.createdAt(), last.id()).encode());
    }

    public Datastore delete(String datastoreId) {
        return state.change(() -> {
            Datastore datastore = get(datastoreId);
            if (datastore.status() != DatastoreStatus.ACTIVE && datastore.status() != DatastoreStatus.CREATE_FAILED) {
                throw ServiceException.conflict("Data store " + datastoreId + " cannot be deleted while its status is "
                        + datastore.status());
            }
            if (imageSets.hasImageSets(datastoreId)) {
                throw ServiceException.conflict("Data store " + datastoreId
                        + " still holds image sets: delete them before deleting the data store");
            }
            Datastore deleting = datastore.withStatus(DatastoreStatus.DELETING, clock.instant());
            state.putDatastore(deleting);
            events.entered(deleting, deleting.updatedAt());
            scheduleTransition(deleting, DatastoreStatus.DELETING, DatastoreStatus.DELETED);
            return deleting;
        });
    }

    /** Schedules again the transitions that were under way when the state was saved (after a restart). */
    public void resumeTransitions() {
        for (Datastore datastore : state.datastores()) {
            switch (datastore.status()) {
                case CREATING -> scheduleTransition(datastore, DatastoreStatus.CREATING, DatastoreStatus.ACTIVE);
                case DELETING -> scheduleTransition(datastore, DatastoreStatus.DELETING, DatastoreStatus.DELETED);
                default -> { }
            }
        }
    }

    private Datastore retry(IdempotentRequest earlier, NewDatastore request) {
        if (!earlier.operation().equals(CREATE) || !earlier.parameters().equals(request.parameters())) {
            throw ServiceException.conflict("The client token " + request.clientToken()
                    + " was already used for a request with different parameters");
        }
        return state.datastore(earlier.resourceId()).orElseThrow(() -> notFound(earlier.resourceId()));
    }

    private void scheduleTransition(Datastore datastore, DatastoreStatus from, DatastoreStatus to) {
        String id = datastore.id();
        scheduler.schedule(Transition.of("data store " + id + " " + from + " -> " + to, () -> state.change(() -> {
            state.datastore(id).filter(d -> d.status() == from).ifPresent(current -> {
                Datastore next = current.withStatus(to, clock.instant());
                state.putDatastore(next);
                events.entered(next, next.updatedAt());
            });
            return null;
        })));
    }

    private String newUniqueId() {
        String id = ids.newId();
        while (state.datastore(id).isPresent()) {
            id = ids.newId();
        }
        return id;
    }

    private Optional<Datastore> visible(String datastoreId) {
        Instant now = clock.instant();
        return state.datastore(datastoreId).filter(d -> isVisible(d, now));
    }

    private boolean isVisible(Datastore datastore, Instant now) {
        return datastore.status() != DatastoreStatus.DELETED
                || datastore.updatedAt().plus(deletedRetention).isAfter(now);
    }

    /** Forgets deleted data stores whose retention has passed, with their tags and client tokens. */
    private void purgeExpired() {
        Instant now = clock.instant();
        for (Datastore datastore : List.copyOf(state.datastores())) {
            if (!isVisible(datastore, now)) {
                state.removeDatastore(datastore.id());
                state.putTags(datastore.arn(), java.util.Map.of());
                state.removeClientTokensOf(datastore.id());
            }
        }
    }

    private static ServiceException notFound(String datastoreId) {
        return ServiceException.notFound("Data store " + datastoreId + " does not exist");
    }
}
