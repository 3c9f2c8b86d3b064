package io.healthimaging.emulator.domain;

import java.time.Instant;
import java.util.Objects;

/** A data store as the service keeps it; immutable, every change makes a new value. */
public record Datastore(
        String id,
        String name,
        DatastoreStatus status,
        String arn,
        LosslessStorageFormat losslessStorageFormat,
        String kmsKeyArn,
        String lambdaAuthorizerArn,
        Instant createdAt,
        Instant updatedAt) {

    public Datastore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(losslessStorageFormat, "losslessStorageFormat");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public Datastore withStatus(DatastoreStatus newStatus, Instant at) {
        return new Datastore(id, name, newStatus, arn, losslessStorageFormat, kmsKeyArn, lambdaAuthorizerArn,
                createdAt, at);
    }

    /** Whether the data store counts against the quota of active data stores. */
    public boolean isLive() {
        return status == DatastoreStatus.CREATING || status == DatastoreStatus.ACTIVE;
    }
}
