package io.healthimaging.codec.metadata;

import io.healthimaging.codec.dicom.Tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The attributes HealthImaging normalizes to one value per image set, each at the patient, study or series
 * level of the metadata document (BEHAVIOUR.md §8); every other attribute stays with its instance.
 */
public final class NormalizedElements {
    private static final Map<Integer, MetadataLevel> LEVELS = load();

    private NormalizedElements() {
    }

    public static MetadataLevel levelOf(int tag) {
        return LEVELS.getOrDefault(tag, MetadataLevel.INSTANCE);
    }

    /** Tags of all normalized attributes. */
    public static Set<Integer> tags() {
        return Collections.unmodifiableSet(LEVELS.keySet());
    }

    private static Map<Integer, MetadataLevel> load() {
        try (InputStream in = NormalizedElements.class.getResourceAsStream("normalized-elements.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource normalized-elements.tsv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            Map<Integer, MetadataLevel> levels = new HashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    String[] columns = line.split("\t");
                    levels.put(Tag.parse(columns[0]), MetadataLevel.valueOf(columns[2]));
                }
            }
            return Map.copyOf(levels);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the normalized element list", e);
        }
    }
}
