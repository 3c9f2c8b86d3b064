package io.healthimaging.emulator.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.healthimaging.emulator.protocol.model.Member;
import io.healthimaging.emulator.protocol.model.Shape;
import java.math.BigInteger;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads one JSON value of a request against its member's shape: checks the JSON type, decodes base64 blobs,
 * narrows numbers, drops members the model does not know (clients may be newer than the model).
 * A JSON {@code null} is treated as absent.
 */
final class JsonValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonValues() {
    }

    static JsonNode read(Member member, JsonNode value, String path) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        Shape shape = member.target();
        return switch (shape.type()) {
            case STRING, ENUM -> expect(value.isTextual(), value, path, "a string");
            case BOOLEAN -> expect(value.isBoolean(), value, path, "a boolean");
            case BYTE, SHORT, INTEGER, LONG, BIG_INTEGER -> integral(member, value, path);
            case FLOAT, DOUBLE, BIG_DECIMAL -> expect(value.isNumber(), value, path, "a number");
            case TIMESTAMP -> timestamp(value, path);
            case BLOB -> blob(value, path);
            case LIST -> list(member, value, path);
            case MAP -> map(member, value, path);
            case STRUCTURE, UNION -> structure(shape, value, path);
            case DOCUMENT -> value;
            default -> throw new IllegalStateException("No JSON form for " + shape);
        };
    }

    private static JsonNode expect(boolean ok, JsonNode value, String path, String expected) {
        if (!ok) {
            throw mismatch(value, path, expected);
        }
        return value;
    }

    private static ProtocolException mismatch(JsonNode value, String path, String expected) {
        return ProtocolException.serialization(
                "Value at '" + path + "' must be " + expected + ", but was " + describe(value));
    }

    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "the number " + value.asText();
            case STRING -> "a string";
            default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static JsonNode integral(Member member, JsonNode value, String path) {
        if (!value.isIntegralNumber()) {
            throw mismatch(value, path, "an integer");
        }
        BigInteger number = value.bigIntegerValue();
        return TextValues.integralNode(member.type(), number)
                .orElseThrow(() -> ProtocolException.serialization(
                        "Value at '" + path + "' is out of range for " + member.type().name().toLowerCase()
                                .replace('_', ' ') + ": " + number));
    }

    /** Timestamps travel as epoch seconds; a fraction carries the milliseconds. */
    private static JsonNode timestamp(JsonNode value, String path) {
        if (!value.isNumber()) {
            throw mismatch(value, path, "a timestamp in epoch seconds (a JSON number)");
        }
        return NODES.numberNode(value.decimalValue());
    }

    private static JsonNode blob(JsonNode value, String path) {
        if (!value.isTextual()) {
            throw mismatch(value, path, "a base64-encoded string");
        }
        try {
            return NODES.binaryNode(Base64.getDecoder().decode(value.asText()));
        } catch (IllegalArgumentException e) {
            throw ProtocolException.serialization("Value at '" + path + "' is not valid base64: " + e.getMessage());
        }
    }

    private static JsonNode list(Member member, JsonNode value, String path) {
        if (!value.isArray()) {
            throw mismatch(value, path, "an array");
        }
        ArrayNode list = NODES.arrayNode(value.size());
        Member element = member.target().listMember();
        for (int i = 0; i < value.size(); i++) {
            String elementPath = path + "." + (i + 1) + ".member";
            JsonNode read = read(element, value.get(i), elementPath);
            if (read == null) {
                throw ProtocolException.serialization("Value at '" + elementPath + "' must not be null");
            }
            list.add(read);
        }
        return list;
    }

    private static JsonNode map(Member member, JsonNode value, String path) {
        if (!value.isObject()) {
            throw mismatch(value, path, "an object");
        }
        ObjectNode map = NODES.objectNode();
        Member entryValue = member.target().mapValue();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode read = read(entryValue, entry.getValue(), path + "." + entry.getKey());
            if (read == null) {
                throw ProtocolException.serialization("Value of key '" + entry.getKey() + "' at '" + path
                        + "' must not be null");
            }
            map.set(entry.getKey(), read);
        }
        return map;
    }

    private static JsonNode structure(Shape shape, JsonNode value, String path) {
        if (!value.isObject()) {
            throw mismatch(value, path, "an object");
        }
        ObjectNode structure = NODES.objectNode();
        for (Member member : shape.members().values()) {
            JsonNode read = read(member, value.get(member.name()), path + "." + member.name());
            if (read != null) {
                structure.set(member.name(), read);
            }
        }
        return structure;
    }
}
