package io.healthimaging.emulator.events;

import io.healthimaging.emulator.domain.Datastore;
import io.healthimaging.emulator.domain.DatastoreStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The five data store events, one per status a data store enters. */
public final class DatastoreEvents {
    private final EventLog log;
    private final String account;
    private final String region;

    public DatastoreEvents(EventLog log, String account, String region) {
        this.log = log;
        this.account = account;
        this.region = region;
    }

    /** Records the event of the status the data store has just entered. */
    public void entered(Datastore datastore, Instant at) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("datastoreId", datastore.id());
        detail.put("datastoreName", datastore.name());
        detail.put("datastoreStatus", datastore.status().name());
        log.record(ImagingEvent.of(detailType(datastore.status()), account, at, region, datastore.arn(), detail));
    }

    static String detailType(DatastoreStatus status) {
        return switch (status) {
            case CREATING -> "Data Store Creating";
            case CREATE_FAILED -> "Data Store Creation Failed";
            case ACTIVE -> "Data Store Created";
            case DELETING -> "Data Store Deleting";
            case DELETED -> "Data Store Deleted";
        };
    }
}
