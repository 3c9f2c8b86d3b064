package io.healthimaging.emulator.service;

import io.healthimaging.emulator.domain.Datastore;
import java.util.List;

/** One page of ListDatastores; {@code nextToken} is null on the last page. */
public record DatastorePage(List<Datastore> datastores, String nextToken) {
}
