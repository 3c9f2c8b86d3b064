package io.healthimaging.emulator.protocol.model;

import java.util.Locale;

/** The Smithy shape types the emulator understands. */
public enum ShapeType {
    STRUCTURE, UNION, ENUM, STRING, BOOLEAN, BYTE, SHORT, INTEGER, LONG, FLOAT, DOUBLE, BIG_INTEGER,
    BIG_DECIMAL, TIMESTAMP, BLOB, DOCUMENT, LIST, MAP, OPERATION, RESOURCE, SERVICE, UNIT;

    static ShapeType fromSmithy(String name) {
        return switch (name) {
            case "bigInteger" -> BIG_INTEGER;
            case "bigDecimal" -> BIG_DECIMAL;
            case "intEnum" -> INTEGER;
            case "set" -> LIST;
            default -> valueOf(name.toUpperCase(Locale.ROOT));
        };
    }

    public boolean isNumber() {
        return this == BYTE || this == SHORT || this == INTEGER || this == LONG || this == FLOAT || this == DOUBLE
                || this == BIG_INTEGER || this == BIG_DECIMAL;
    }
}
