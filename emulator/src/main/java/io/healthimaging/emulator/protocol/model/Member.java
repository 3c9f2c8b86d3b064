package io.healthimaging.emulator.protocol.model;

/**
 * A member of a structure, union, list or map, with the constraints of its target merged with its own and
 * its HTTP binding resolved.
 */
public record Member(
        String name,
        Shape target,
        Constraints constraints,
        boolean required,
        HttpBinding binding,
        String wireName,
        boolean idempotencyToken) {

    public ShapeType type() {
        return target.type();
    }

    public boolean isSensitive() {
        return target.isSensitive();
    }
}
