package io.healthimaging.emulator.events;

import java.util.ArrayList;
import java.util.List;

/** The events the emulator has emitted, in order, kept in memory for tests to inspect. */
public final class EventLog {
    private final List<ImagingEvent> events = new ArrayList<>();

    public synchronized void record(ImagingEvent event) {
        events.add(event);
    }

    public synchronized List<ImagingEvent> list() {
        return List.copyOf(events);
    }

    public synchronized void clear() {
        events.clear();
    }
}
