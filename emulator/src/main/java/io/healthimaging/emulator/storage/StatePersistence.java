package io.healthimaging.emulator.storage;

import java.util.Optional;

/** Where the state goes between runs: nowhere (in memory only) or a data directory. */
public interface StatePersistence {

    Optional<StateSnapshot> load();

    void save(StateSnapshot snapshot);

    static StatePersistence inMemory() {
        return new StatePersistence() {
            @Override
            public Optional<StateSnapshot> load() {
                return Optional.empty();
            }

            @Override
            public void save(StateSnapshot snapshot) {
                // Nothing outlives the process.
            }
        };
    }
}
