package io.healthimaging.emulator.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthimaging.emulator.protocol.model.Constraints;
import io.healthimaging.emulator.protocol.model.Member;
import io.healthimaging.emulator.protocol.model.Shape;
import io.healthimaging.emulator.protocol.model.ShapeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Checks a bound input against every constraint of the model: required members, lengths (code points of
 * strings, decoded bytes of blobs, sizes of lists and maps), patterns, ranges, enum values and unions holding
 * exactly one member, recursively. Paths follow the AWS convention: {@code filters.1.member.values}.
 */
public final class InputValidator {

    public List<Violation> validate(Shape structure, JsonNode input) {
        List<Violation> violations = new ArrayList<>();
        structure(structure, input, "", violations);
        return violations;
    }

    /** The ValidationException message for a non-empty list of violations. */
    public static String message(List<Violation> violations) {
        StringJoiner joined = new StringJoiner("; ",
                violations.size() + (violations.size() == 1 ? " validation error" : " validation errors")
                        + " detected: ", "");
        violations.forEach(v -> joined.add(v.describe()));
        return joined.toString();
    }

    private void structure(Shape shape, JsonNode value, String prefix, List<Violation> out) {
        for (Member member : shape.members().values()) {
            String path = prefix + member.name();
            JsonNode memberValue = value.get(member.name());
            if (memberValue == null) {
                if (member.required()) {
                    out.add(new Violation(path, null, true, "Member must not be null"));
                }
            } else {
                value(member, memberValue, path, out);
            }
        }
    }

    private void value(Member member, JsonNode value, String path, List<Violation> out) {
        Constraints c = member.constraints();
        Shape shape = member.target();
        switch (shape.type()) {
            case STRING -> {
                length(member, value.asText().codePointCount(0, value.asText().length()), value, path, out);
                if (c.pattern() != null && !c.pattern().matcher(value.asText()).find()) {
                    out.add(violation(member, value, path,
                            "Member must satisfy regular expression pattern: " + c.pattern().pattern()));
                }
            }
            case ENUM -> {
                if (!shape.enumValues().contains(value.asText())) {
                    out.add(violation(member, value, path,
                            "Member must satisfy enum value set: " + shape.enumValues()));
                }
            }
            case BLOB -> length(member, binaryLength(value), value, path, out);
            case LIST -> {
                length(member, value.size(), value, path, out);
                for (int i = 0; i < value.size(); i++) {
                    value(shape.listMember(), value.get(i), path + "." + (i + 1) + ".member", out);
                }
            }
            case MAP -> {
                length(member, value.size(), value, path, out);
                mapEntries(shape, value, path, out);
            }
            case STRUCTURE -> structure(shape, value, path + ".", out);
            case UNION -> union(member, value, path, out);
            default -> {
                if (shape.type().isNumber()) {
                    range(member, value.decimalValue(), value, path, out);
                }
            }
        }
    }

    private void union(Member member, JsonNode value, String path, List<Violation> out) {
        int set = value.size();
        if (set != 1) {
            out.add(new Violation(path, null, false, "Union must have exactly one member set, but has " + set
                    + " of " + member.target().members().keySet()));
            return;
        }
        structure(member.target(), value, path + ".", out);
    }

    private void mapEntries(Shape map, JsonNode value, String path, List<Violation> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            List<Violation> keyViolations = new ArrayList<>();
            value(map.mapKey(), com.fasterxml.jackson.databind.node.TextNode.valueOf(entry.getKey()), path,
                    keyViolations);
            if (!keyViolations.isEmpty()) {
                out.add(new Violation(path, map.mapKey().isSensitive() ? null : entry.getKey(), false,
                        "Map keys must satisfy constraint: " + rules(keyViolations)));
            }
            List<Violation> valueViolations = new ArrayList<>();
            value(map.mapValue(), entry.getValue(), path, valueViolations);
            if (!valueViolations.isEmpty()) {
                out.add(new Violation(path, map.mapValue().isSensitive() ? null : entry.getValue().asText(), false,
                        "Map value must satisfy constraint: " + rules(valueViolations)));
            }
        }
    }

    private static String rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).toList().toString();
    }

    private void length(Member member, long length, JsonNode value, String path, List<Violation> out) {
        Constraints c = member.constraints();
        if (c.minLength() != null && length < c.minLength()) {
            out.add(violation(member, value, path, "Member must have length greater than or equal to " + c.minLength()));
        }
        if (c.maxLength() != null && length > c.maxLength()) {
            out.add(violation(member, value, path, "Member must have length less than or equal to " + c.maxLength()));
        }
    }

    private void range(Member member, BigDecimal number, JsonNode value, String path, List<Violation> out) {
        Constraints c = member.constraints();
        if (c.min() != null && number.compareTo(c.min()) < 0) {
            out.add(violation(member, value, path, "Member must have value greater than or equal to " + c.min()));
        }
        if (c.max() != null && number.compareTo(c.max()) > 0) {
            out.add(violation(member, value, path, "Member must have value less than or equal to " + c.max()));
        }
    }

    private static long binaryLength(JsonNode value) {
        try {
            return value.binaryValue().length;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Blob values are bound as binary nodes", e);
        }
    }

    private static Violation violation(Member member, JsonNode value, String path, String rule) {
        return new Violation(path, render(member, value), false, rule);
    }

    private static String render(Member member, JsonNode value) {
        if (member.isSensitive() || member.type() == ShapeType.BLOB) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isTextual() ? item.asText() : item.toString()));
            return items.toString();
        }
        if (value.isObject()) {
            StringJoiner entries = new StringJoiner(", ", "{", "}");
            value.fields().forEachRemaining(e -> entries.add(e.getKey() + "="
                    + (e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString())));
            return entries.toString();
        }
        return value.asText();
    }
}
