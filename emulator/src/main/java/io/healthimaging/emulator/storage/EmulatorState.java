package io.healthimaging.emulator.storage;

import io.healthimaging.emulator.domain.Datastore;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * All mutable state of the emulator. Reads go straight to concurrent maps; every change runs through
 * {@link #change}, one at a time, and is persisted when it completes, so the whole state can be reset,
 * snapshotted and restored as one value.
 */
public final class EmulatorState {
    private final Map<String, Datastore> datastores = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> tags = new ConcurrentHashMap<>();
    private final Map<String, IdempotentRequest> clientTokens = new ConcurrentHashMap<>();
    private final StatePersistence persistence;

    public EmulatorState(StatePersistence persistence) {
        this.persistence = persistence;
        persistence.load().ifPresent(this::replaceWith);
    }

    /** Runs a compound change (check, then act) atomically with respect to other changes, then persists. */
    public synchronized <T> T change(Supplier<T> change) {
        T result = change.get();
        persistence.save(snapshot());
        return result;
    }

    public Optional<Datastore> datastore(String id) {
        return Optional.ofNullable(datastores.get(id));
    }

    public Collection<Datastore> datastores() {
        return datastores.values();
    }

    /** Only inside {@link #change}. */
    public void putDatastore(Datastore datastore) {
        datastores.put(datastore.id(), datastore);
    }

    /** Only inside {@link #change}. */
    public void removeDatastore(String id) {
        datastores.remove(id);
    }

    public Map<String, String> tags(String arn) {
        return tags.getOrDefault(arn, Map.of());
    }

    /** Only inside {@link #change}; keys are kept sorted, and an empty map removes the entry. */
    public void putTags(String arn, Map<String, String> resourceTags) {
        if (resourceTags.isEmpty()) {
            tags.remove(arn);
        } else {
            tags.put(arn, Collections.unmodifiableMap(new TreeMap<>(resourceTags)));
        }
    }

    public Optional<IdempotentRequest> clientToken(String token) {
        return Optional.ofNullable(clientTokens.get(token));
    }

    /** Only inside {@link #change}. */
    public void putClientToken(String token, IdempotentRequest request) {
        clientTokens.put(token, request);
    }

    /** Only inside {@link #change}: forgets the client tokens that created a resource. */
    public void removeClientTokensOf(String resourceId) {
        clientTokens.values().removeIf(request -> request.resourceId().equals(resourceId));
    }

    public synchronized StateSnapshot snapshot() {
        return new StateSnapshot(List.copyOf(datastores.values()), Map.copyOf(tags), Map.copyOf(clientTokens));
    }

    /** Replaces the whole state with a snapshot (an empty one resets it) and persists the result. */
    public synchronized void restore(StateSnapshot snapshot) {
        replaceWith(snapshot);
        persistence.save(snapshot());
    }

    private void replaceWith(StateSnapshot snapshot) {
        datastores.clear();
        tags.clear();
        clientTokens.clear();
        snapshot.datastores().forEach(d -> datastores.put(d.id(), d));
        snapshot.tags().forEach((arn, t) -> tags.put(arn, Collections.unmodifiableMap(new TreeMap<>(t))));
        clientTokens.putAll(snapshot.clientTokens());
    }
}
