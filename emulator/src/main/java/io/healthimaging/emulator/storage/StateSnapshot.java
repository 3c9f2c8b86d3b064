package io.healthimaging.emulator.storage;

import io.healthimaging.emulator.domain.Datastore;
import java.util.List;
import java.util.Map;

/** Everything the emulator must keep across a restart, as one serializable value. */
public record StateSnapshot(
        List<Datastore> datastores,
        Map<String, Map<String, String>> tags,
        Map<String, IdempotentRequest> clientTokens) {

    public static StateSnapshot empty() {
        return new StateSnapshot(List.of(), Map.of(), Map.of());
    }
}
