package io.healthimaging.emulator.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated operation input (or nested structure) keyed by member name. Values already have their modelled
 * types: timestamps are epoch seconds, blobs are decoded bytes.
 */
public final class Input {
    private final ObjectNode tree;

    public Input(ObjectNode tree) {
        this.tree = tree;
    }

    public String string(String member) {
        JsonNode value = tree.get(member);
        return value == null ? null : value.asText();
    }

    public Optional<String> optionalString(String member) {
        return Optional.ofNullable(string(member));
    }

    public Integer integer(String member) {
        JsonNode value = tree.get(member);
        return value == null ? null : value.intValue();
    }

    /** An optional boolean; absent means false, as the model has no defaults for them. */
    public boolean flag(String member) {
        JsonNode value = tree.get(member);
        return value != null && value.booleanValue();
    }

    public Instant timestamp(String member) {
        JsonNode value = tree.get(member);
        if (value == null) {
            return null;
        }
        BigDecimal seconds = value.decimalValue();
        return Instant.ofEpochSecond(0).plusMillis(seconds.movePointRight(3).longValue());
    }

    public byte[] blob(String member) {
        JsonNode value = tree.get(member);
        try {
            return value == null ? null : value.binaryValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> strings(String member) {
        JsonNode value = tree.get(member);
        if (value == null) {
            return List.of();
        }
        List<String> strings = new ArrayList<>(value.size());
        value.forEach(v -> strings.add(v.asText()));
        return Collections.unmodifiableList(strings);
    }

    public Map<String, String> stringMap(String member) {
        JsonNode value = tree.get(member);
        if (value == null) {
            return Map.of();
        }
        Map<String, String> map = new LinkedHashMap<>();
        value.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return Collections.unmodifiableMap(map);
    }

    public Optional<Input> structure(String member) {
        JsonNode value = tree.get(member);
        return value == null ? Optional.empty() : Optional.of(new Input((ObjectNode) value));
    }

    public List<Input> structures(String member) {
        JsonNode value = tree.get(member);
        if (value == null) {
            return List.of();
        }
        List<Input> items = new ArrayList<>(value.size());
        value.forEach(v -> items.add(new Input((ObjectNode) v)));
        return items;
    }
}
