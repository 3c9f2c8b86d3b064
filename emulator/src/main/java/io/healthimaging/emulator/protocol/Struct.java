package io.healthimaging.emulator.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An operation output or nested structure, keyed by member name, holding plain Java values: String, enums
 * (their {@code toString()} is the wire value), Boolean, Integer/Long, {@link java.time.Instant} for
 * timestamps, byte[] or InputStream for blobs, Collection, Map and Struct. Null values are left out, so an
 * optional member is simply not put. {@link OutputWriter} turns it into the wire form the model prescribes.
 */
public final class Struct {
    private final Map<String, Object> values = new LinkedHashMap<>();

    public static Struct of() {
        return new Struct();
    }

    public Struct put(String member, Object value) {
        if (value != null) {
            values.put(member, value);
        }
        return this;
    }

    public Object get(String member) {
        return values.get(member);
    }

    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }
}
