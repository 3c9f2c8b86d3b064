package io.healthimaging.emulator.domain;

/** The lifecycle of a data store: CREATING, then ACTIVE; DELETING, then DELETED. */
public enum DatastoreStatus {
    CREATING, CREATE_FAILED, ACTIVE, DELETING, DELETED
}
