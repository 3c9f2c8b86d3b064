package io.healthimaging.emulator.protocol.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The service as the Smithy model describes it: its operations (including resource-bound ones) and errors. */
public final class ServiceModel {
    /** The model shipped with the emulator, a verbatim copy of the published medical-imaging model. */
    public static final String BUNDLED_MODEL = "/io/healthimaging/emulator/protocol/medical-imaging.smithy.json";

    private final String serviceName;
    private final String version;
    private final Map<String, OperationModel> operations;
    private final Map<String, Integer> errorStatuses;

    ServiceModel(String serviceName, String version, List<OperationModel> operations, Map<String, Integer> errorStatuses) {
        this.serviceName = serviceName;
        this.version = version;
        this.operations = operations.stream()
                .collect(Collectors.toUnmodifiableMap(OperationModel::name, Function.identity()));
        this.errorStatuses = Map.copyOf(errorStatuses);
    }

    /** Loads the model bundled in the emulator's resources. */
    public static ServiceModel bundled() {
        try (InputStream in = ServiceModel.class.getResourceAsStream(BUNDLED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + BUNDLED_MODEL);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a Smithy JSON AST document holding exactly one service shape. */
    public static ServiceModel load(InputStream json) throws IOException {
        return new SmithyJsonReader().read(json);
    }

    public String serviceName() {
        return serviceName;
    }

    public String version() {
        return version;
    }

    public List<OperationModel> operations() {
        return operations.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    public Optional<OperationModel> operation(String name) {
        return Optional.ofNullable(operations.get(name));
    }

    /** The HTTP status of an error shape of this model, by shape name. */
    public OptionalInt errorStatus(String errorShapeName) {
        Integer status = errorStatuses.get(errorShapeName);
        return status == null ? OptionalInt.empty() : OptionalInt.of(status);
    }
}
