package io.healthimaging.emulator.protocol.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a {@link ServiceModel} from a Smithy JSON AST document. */
final class SmithyJsonReader {
    private static final String PRELUDE = "smithy.api#";
    private static final List<String> RESOURCE_LIFECYCLE = List.of("create", "put", "read", "update", "delete", "list");

    private final Map<String, Shape> shapes = new HashMap<>();
    private JsonNode definitions;

    ServiceModel read(InputStream json) throws IOException {
        definitions = new ObjectMapper().readTree(json).path("shapes");
        definitions.fields().forEachRemaining(e -> shapes.put(e.getKey(), newShape(e.getKey(), e.getValue())));
        definitions.fields().forEachRemaining(e -> wireMembers(shapes.get(e.getKey()), e.getValue()));

        String serviceId = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = definitions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if ("service".equals(e.getValue().path("type").asText())) {
                if (serviceId != null) {
                    throw new IllegalArgumentException("The model holds more than one service");
                }
                serviceId = e.getKey();
            }
        }
        if (serviceId == null) {
            throw new IllegalArgumentException("The model holds no service shape");
        }
        JsonNode service = definitions.get(serviceId);
        Set<String> operationIds = new LinkedHashSet<>();
        collectOperations(service, operationIds);
        List<OperationModel> operations = new ArrayList<>();
        for (String id : operationIds) {
            operations.add(operation(id));
        }
        return new ServiceModel(service.path("traits").path("aws.api#service").path("sdkId").asText(
                shapes.get(serviceId).name()), service.path("version").asText(), operations, errorStatuses());
    }

    private Shape newShape(String id, JsonNode definition) {
        JsonNode traits = definition.get("traits");
        Shape shape = new Shape(id, ShapeType.fromSmithy(definition.path("type").asText()),
                Constraints.fromTraits(traits), traits != null && traits.has("smithy.api#streaming"),
                traits != null && traits.has("smithy.api#sensitive"));
        if (shape.type() == ShapeType.ENUM) {
            definition.path("members").fields().forEachRemaining(m -> shape.addEnumValue(m.getKey(),
                    m.getValue().path("traits").path("smithy.api#enumValue").asText(m.getKey())));
        }
        return shape;
    }

    private void wireMembers(Shape shape, JsonNode definition) {
        switch (shape.type()) {
            case STRUCTURE, UNION -> definition.path("members").fields().forEachRemaining(
                    m -> shape.addMember(member(m.getKey(), m.getValue())));
            case LIST -> shape.setListMember(member("member", definition.get("member")));
            case MAP -> shape.setMapEntry(member("key", definition.get("key")), member("value", definition.get("value")));
            default -> { }
        }
    }

    private Member member(String name, JsonNode definition) {
        Shape target = shape(definition.path("target").asText());
        JsonNode traits = definition.path("traits");
        HttpBinding binding = HttpBinding.BODY;
        String wireName = name;
        if (traits.has("smithy.api#httpLabel")) {
            binding = HttpBinding.LABEL;
        } else if (traits.has("smithy.api#httpQuery")) {
            binding = HttpBinding.QUERY;
            wireName = traits.get("smithy.api#httpQuery").asText();
        } else if (traits.has("smithy.api#httpHeader")) {
            binding = HttpBinding.HEADER;
            wireName = traits.get("smithy.api#httpHeader").asText();
        } else if (traits.has("smithy.api#httpPayload")) {
            binding = HttpBinding.PAYLOAD;
        } else if (traits.has("smithy.api#httpQueryParams") || traits.has("smithy.api#httpPrefixHeaders")
                || traits.has("smithy.api#httpResponseCode") || traits.has("smithy.api#jsonName")) {
            throw new IllegalArgumentException("Unsupported binding trait on member " + name + ": " + traits);
        }
        return new Member(name, target, target.constraints().overriddenBy(Constraints.fromTraits(traits)),
                traits.has("smithy.api#required"), binding, wireName, traits.has("smithy.api#idempotencyToken"));
    }

    private Shape shape(String id) {
        return shapes.computeIfAbsent(id, SmithyJsonReader::preludeShape);
    }

    private static Shape preludeShape(String id) {
        if (!id.startsWith(PRELUDE)) {
            throw new IllegalArgumentException("Unknown shape " + id);
        }
        String name = id.substring(PRELUDE.length()).replace("Primitive", "");
        return new Shape(id, ShapeType.fromSmithy(Character.toLowerCase(name.charAt(0)) + name.substring(1)),
                Constraints.NONE, false, false);
    }

    /** Walks the service's operations and every resource it binds, since resource lifecycle operations are
     * listed only on their resource. */
    private void collectOperations(JsonNode container, Set<String> into) {
        container.path("operations").forEach(o -> into.add(o.path("target").asText()));
        container.path("collectionOperations").forEach(o -> into.add(o.path("target").asText()));
        for (String lifecycle : RESOURCE_LIFECYCLE) {
            if (container.has(lifecycle)) {
                into.add(container.get(lifecycle).path("target").asText());
            }
        }
        container.path("resources").forEach(r -> collectOperations(definitions.get(r.path("target").asText()), into));
    }

    private OperationModel operation(String id) {
        JsonNode definition = definitions.get(id);
        JsonNode traits = definition.path("traits");
        JsonNode http = traits.get("smithy.api#http");
        if (http == null) {
            throw new IllegalArgumentException("Operation without @http: " + id);
        }
        List<Shape> errors = new ArrayList<>();
        definition.path("errors").forEach(e -> errors.add(shape(e.path("target").asText())));
        return new OperationModel(shapes.get(id).name(), http.path("method").asText(),
                UriTemplate.parse(http.path("uri").asText()),
                traits.path("smithy.api#endpoint").path("hostPrefix").asText(""),
                shape(definition.path("input").path("target").asText(PRELUDE + "Unit")),
                shape(definition.path("output").path("target").asText(PRELUDE + "Unit")),
                List.copyOf(errors), traits.has("smithy.api#readonly"));
    }

    private Map<String, Integer> errorStatuses() {
        Map<String, Integer> statuses = new HashMap<>();
        definitions.fields().forEachRemaining(e -> {
            JsonNode traits = e.getValue().path("traits");
            if (traits.has("smithy.api#error")) {
                int fallback = "server".equals(traits.get("smithy.api#error").asText()) ? 500 : 400;
                statuses.put(shapes.get(e.getKey()).name(), traits.path("smithy.api#httpError").asInt(fallback));
            }
        });
        return statuses;
    }
}
