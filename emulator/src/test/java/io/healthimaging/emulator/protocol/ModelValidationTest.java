package io.healthimaging.emulator.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.healthimaging.emulator.Emulator;
import io.healthimaging.emulator.protocol.model.HttpBinding;
import io.healthimaging.emulator.protocol.model.Member;
import io.healthimaging.emulator.protocol.model.OperationModel;
import io.healthimaging.emulator.protocol.model.ServiceModel;
import io.healthimaging.emulator.protocol.model.ShapeType;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every constraint of every operation's input, nested ones included, derived from the model: each gets one
 * violating request, which must come back as a ValidationException naming the member path and the rule.
 */
class ModelValidationTest {
    private static final ServiceModel MODEL = ServiceModel.bundled();
    private static final String[] PATTERN_BREAKERS = {"Invalid Value!", "é", "\u0000"};
    private static Emulator emulator;
    private static HttpClient http;

    private record Case(String operation, String path, String rule, ObjectNode input) {
    }

    @BeforeAll
    static void start() {
        emulator = Emulator.builder().start();
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @TestFactory
    Stream<DynamicTest> aValidInputOfEveryOperationPassesValidation() {
        return MODEL.operations().stream().map(op -> DynamicTest.dynamicTest(op.name(), () -> {
            HttpResponse<String> response = send(op, ModelRequests.validInput(op));
            assertNotEquals("ValidationException", errorType(response), response.body());
            assertNotEquals("SerializationException", errorType(response), response.body());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyConstraintViolationIsAValidationExceptionNamingTheMember() {
        List<Case> cases = new ArrayList<>();
        for (OperationModel op : MODEL.operations()) {
            ObjectNode root = ModelRequests.validInput(op);
            for (Member member : op.input().members().values()) {
                memberCases(op, member, root, List.of(), member.name(), cases);
            }
        }
        assertTrue(cases.size() > 150, "cases: " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.operation() + " " + c.path() + ": " + c.rule(), () -> {
            OperationModel op = MODEL.operation(c.operation()).orElseThrow();
            HttpResponse<String> response = send(op, c.input());
            assertEquals(400, response.statusCode(), response.body());
            assertEquals("ValidationException", errorType(response), response.body());
            String message = io.healthimaging.emulator.protocol.Json.MAPPER.readTree(response.body()).path("message").asText();
            assertTrue(message.contains(" at '" + c.path() + "' failed to satisfy constraint: "), message);
            assertTrue(message.contains(c.rule()), message);
        }));
    }

    /** The cases of one member found at {@code key} (a field name or list index) of the node at {@code parent}. */
    private static void memberCases(OperationModel op, Member member, ObjectNode root, List<Object> parent, Object key,
                                    List<Case> out) {
        String path = pathOf(parent, key);
        if (member.required() && member.binding() != HttpBinding.LABEL && key instanceof String) {
            out.add(new Case(op.name(), path, "Member must not be null", with(root, parent, key, null)));
        }
        for (Violation v : violations(member)) {
            if (member.binding() == HttpBinding.LABEL && v.value().asText().isEmpty()) {
                continue; // An empty label is not a path of this operation at all.
            }
            out.add(new Case(op.name(), path, v.rule(), with(root, parent, key, v.value())));
        }
        ObjectNode present = with(root, parent, key, ModelRequests.valid(member));
        List<Object> here = append(parent, key);
        switch (member.type()) {
            case STRUCTURE -> member.target().members().values()
                    .forEach(m -> memberCases(op, m, present, here, m.name(), out));
            case UNION -> member.target().members().values().forEach(m -> {
                ObjectNode only = with(present, parent, key, ModelRequests.NODES.objectNode().set(m.name(),
                        ModelRequests.valid(m)));
                memberCases(op, m, only, here, m.name(), out);
            });
            case LIST -> memberCases(op, member.target().listMember(), present, here, 0, out);
            default -> { }
        }
    }

    private record Violation(JsonNode value, String rule) {
    }

    private static List<Violation> violations(Member member) {
        var c = member.constraints();
        var shape = member.target();
        var nodes = ModelRequests.NODES;
        List<Violation> list = new ArrayList<>();
        switch (shape.type()) {
            case STRING -> {
                String example = ModelRequests.valid(member).asText();
                if (c.minLength() != null && c.minLength() > 0) {
                    list.add(new Violation(nodes.textNode(example.substring(0, (int) (c.minLength() - 1))),
                            "Member must have length greater than or equal to " + c.minLength()));
                }
                if (c.maxLength() != null) {
                    String last = example.substring(example.length() - 1);
                    list.add(new Violation(nodes.textNode(example + last.repeat((int) (c.maxLength() + 1 - example.length()))),
                            "Member must have length less than or equal to " + c.maxLength()));
                }
                if (c.pattern() != null) {
                    for (String breaker : PATTERN_BREAKERS) {
                        if (!c.pattern().matcher(breaker).find()) {
                            list.add(new Violation(nodes.textNode(breaker),
                                    "Member must satisfy regular expression pattern: " + c.pattern().pattern()));
                            break;
                        }
                    }
                }
            }
            case ENUM -> list.add(new Violation(nodes.textNode("NOT_A_VALUE"), "Member must satisfy enum value set: "));
            case INTEGER -> {
                if (c.min() != null && c.min().compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) > 0) {
                    list.add(new Violation(nodes.numberNode(c.min().intValue() - 1),
                            "Member must have value greater than or equal to " + c.min()));
                }
                if (c.max() != null && c.max().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) < 0) {
                    list.add(new Violation(nodes.numberNode(c.max().intValue() + 1),
                            "Member must have value less than or equal to " + c.max()));
                }
            }
            case BLOB -> {
                if (c.minLength() != null && c.minLength() > 0) {
                    list.add(new Violation(nodes.textNode(""), "Member must have length greater than or equal to " + c.minLength()));
                }
                if (c.maxLength() != null) {
                    byte[] tooLong = new byte[(int) (c.maxLength() + 1)];
                    list.add(new Violation(nodes.textNode(Base64.getEncoder().encodeToString(tooLong)),
                            "Member must have length less than or equal to " + c.maxLength()));
                }
            }
            case LIST -> {
                if (c.maxLength() != null) {
                    ArrayNode tooMany = nodes.arrayNode();
                    for (int i = 0; i <= c.maxLength(); i++) {
                        tooMany.add(ModelRequests.valid(shape.listMember()));
                    }
                    list.add(new Violation(tooMany, "Member must have length less than or equal to " + c.maxLength()));
                }
                if (c.minLength() != null && c.minLength() > 0 && member.binding() != HttpBinding.QUERY) {
                    list.add(new Violation(nodes.arrayNode(), "Member must have length greater than or equal to " + c.minLength()));
                }
            }
            case MAP -> {
                Member key = shape.mapKey();
                if (key.constraints().pattern() != null) {
                    list.add(new Violation(nodes.objectNode().put("aws:reserved", "v"), "Map keys must satisfy constraint: "));
                }
                if (shape.mapValue().constraints().maxLength() != null) {
                    list.add(new Violation(nodes.objectNode().put("key",
                            "v".repeat((int) (shape.mapValue().constraints().maxLength() + 1))),
                            "Map value must satisfy constraint: "));
                }
            }
            case UNION -> {
                ObjectNode two = nodes.objectNode();
                shape.members().values().stream().limit(2).forEach(m -> two.set(m.name(), ModelRequests.valid(m)));
                if (two.size() == 2) {
                    list.add(new Violation(two, "Union must have exactly one member set"));
                }
                list.add(new Violation(nodes.objectNode(), "Union must have exactly one member set"));
            }
            default -> {
                if (shape.type() != ShapeType.BOOLEAN && shape.type() != ShapeType.TIMESTAMP
                        && shape.type() != ShapeType.STRUCTURE && shape.type() != ShapeType.LONG) {
                    throw new IllegalStateException("Unhandled " + shape);
                }
            }
        }
        return list;
    }

    /** A copy of the root with the value at parent/key replaced (null removes a field). */
    private static ObjectNode with(ObjectNode root, List<Object> parent, Object key, JsonNode value) {
        ObjectNode copy = root.deepCopy();
        JsonNode node = copy;
        for (Object step : parent) {
            node = step instanceof String field ? node.get(field) : node.get((Integer) step);
        }
        if (key instanceof String field) {
            if (value == null) {
                ((ObjectNode) node).remove(field);
            } else {
                ((ObjectNode) node).set(field, value);
            }
        } else {
            ((ArrayNode) node).set((Integer) key, value);
        }
        return copy;
    }

    private static List<Object> append(List<Object> parent, Object key) {
        List<Object> list = new ArrayList<>(parent);
        list.add(key);
        return list;
    }

    private static String pathOf(List<Object> parent, Object key) {
        StringBuilder path = new StringBuilder();
        for (Object step : append(parent, key)) {
            if (step instanceof Integer index) {
                path.append('.').append(index + 1).append(".member");
            } else {
                path.append(path.length() == 0 ? "" : ".").append(step);
            }
        }
        return path.toString();
    }

    private static HttpResponse<String> send(OperationModel op, ObjectNode input) throws Exception {
        return http.send(ModelRequests.request(emulator.endpoint(), op, input, io.healthimaging.emulator.protocol.Json.MAPPER),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String errorType(HttpResponse<String> response) {
        return response.headers().firstValue("X-Amzn-Errortype").orElse("");
    }
}
