package io.healthimaging.emulator.storage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the state as {@code state.json} in a data directory. Each save writes a temporary file and renames it
 * over the old one, so a crash leaves either the previous or the new state, never half of one.
 */
public final class JsonFilePersistence implements StatePersistence {
    private static final String FILE = "state.json";

    private final Path file;
    private final ObjectMapper mapper;

    public JsonFilePersistence(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + directory, e);
        }
        this.file = directory.resolve(FILE);
        SimpleModule instants = new SimpleModule()
                .addSerializer(Instant.class, new JsonSerializer<>() {
                    @Override
                    public void serialize(Instant value, JsonGenerator g, SerializerProvider p) throws IOException {
                        g.writeString(value.toString());
                    }
                })
                .addDeserializer(Instant.class, new JsonDeserializer<>() {
                    @Override
                    public Instant deserialize(JsonParser p, DeserializationContext c) throws IOException {
                        return Instant.parse(p.getValueAsString());
                    }
                });
        this.mapper = JsonMapper.builder()
                .addModule(instants)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    @Override
    public Optional<StateSnapshot> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(file.toFile(), StateSnapshot.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read emulator state " + file, e);
        }
    }

    @Override
    public void save(StateSnapshot snapshot) {
        Path temporary = file.resolveSibling(FILE + ".tmp");
        try {
            mapper.writeValue(temporary.toFile(), snapshot);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write emulator state " + file, e);
        }
    }
}
