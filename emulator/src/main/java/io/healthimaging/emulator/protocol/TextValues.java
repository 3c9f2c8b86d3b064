package io.healthimaging.emulator.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.healthimaging.emulator.protocol.model.Member;
import io.healthimaging.emulator.protocol.model.ShapeType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the text of a label, query parameter or header as its member's type. */
final class TextValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TextValues() {
    }

    static JsonNode read(Member member, String text, String path) {
        ShapeType type = member.type();
        return switch (type) {
            case STRING, ENUM -> NODES.textNode(text);
            case BOOLEAN -> switch (text) {
                case "true" -> NODES.booleanNode(true);
                case "false" -> NODES.booleanNode(false);
                default -> throw invalid(path, text, "a boolean (true or false)");
            };
            case BYTE, SHORT, INTEGER, LONG, BIG_INTEGER -> {
                try {
                    yield integralNode(type, new BigInteger(text))
                            .orElseThrow(() -> invalid(path, text, "an integer in range"));
                } catch (NumberFormatException e) {
                    throw invalid(path, text, "an integer");
                }
            }
            case TIMESTAMP -> {
                try {
                    Instant instant = Instant.parse(text);
                    yield NODES.numberNode(BigDecimal.valueOf(instant.toEpochMilli(), 3));
                } catch (DateTimeParseException e) {
                    throw invalid(path, text, "an ISO-8601 date-time");
                }
            }
            default -> throw new IllegalStateException("No text form for " + member.target());
        };
    }

    /** A node for an integer of a Smithy integral type, empty if the value does not fit that type. */
    static Optional<JsonNode> integralNode(ShapeType type, BigInteger value) {
        long min;
        long max;
        switch (type) {
            case BYTE -> { min = Byte.MIN_VALUE; max = Byte.MAX_VALUE; }
            case SHORT -> { min = Short.MIN_VALUE; max = Short.MAX_VALUE; }
            case INTEGER -> { min = Integer.MIN_VALUE; max = Integer.MAX_VALUE; }
            case LONG -> { min = Long.MIN_VALUE; max = Long.MAX_VALUE; }
            default -> {
                return Optional.of(NODES.numberNode(value));
            }
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            return Optional.empty();
        }
        return Optional.of(type == ShapeType.LONG ? NODES.numberNode(value.longValue())
                : NODES.numberNode(value.intValue()));
    }

    private static ProtocolException invalid(String path, String text, String expected) {
        return ProtocolException.serialization("Value '" + text + "' at '" + path + "' must be " + expected);
    }
}
