package io.healthimaging.emulator.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import io.healthimaging.emulator.protocol.model.HttpBinding;
import io.healthimaging.emulator.protocol.model.Member;
import io.healthimaging.emulator.protocol.model.OperationModel;
import io.healthimaging.emulator.protocol.model.Shape;
import io.healthimaging.emulator.protocol.model.ShapeType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Serializes an operation output as the model prescribes: header-bound members as headers, an
 * {@code @httpPayload} as the whole body (raw bytes for streaming blobs), otherwise a JSON object of the body
 * members. Required members are always present (empty lists and maps when the handler gave none); a missing
 * required scalar or a member the model does not have is a bug and fails loudly.
 */
public final class OutputWriter {

    public ApiResponse write(OperationModel operation, Struct output, Map<String, String> baseHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(baseHeaders);
        for (Member member : operation.outputMembers(HttpBinding.HEADER)) {
            Object value = output.get(member.name());
            if (value != null) {
                headers.put(member.wireName(), value.toString());
            }
        }
        Optional<Member> payload = operation.outputPayload();
        if (payload.isPresent()) {
            return payload(operation, payload.get(), output.get(payload.get().name()), headers);
        }
        if (operation.output().members().isEmpty()) {
            // What the service sends for TagResource and UntagResource (HTTP 204 in the AWS SDK logs).
            return ApiResponse.of(204, headers, new byte[0], operation.name());
        }
        Map<String, Object> bodyValues = new LinkedHashMap<>();
        for (Member member : operation.outputMembers(HttpBinding.BODY)) {
            if (output.get(member.name()) != null) {
                bodyValues.put(member.name(), output.get(member.name()));
            }
        }
        checkKnownMembers(operation.output(), output.values());
        headers.put("Content-Type", "application/json");
        return ApiResponse.of(200, headers, json(g -> structure(g, operation.output(), bodyValues, HttpBinding.BODY)),
                operation.name());
    }

    private ApiResponse payload(OperationModel operation, Member payload, Object value, Map<String, String> headers) {
        if (payload.type() == ShapeType.BLOB) {
            headers.putIfAbsent("Content-Type", "application/octet-stream");
            if (value instanceof InputStream stream) {
                return new ApiResponse(200, headers, stream, -1, operation.name());
            }
            return ApiResponse.of(200, headers, value == null ? new byte[0] : (byte[]) value, operation.name());
        }
        headers.putIfAbsent("Content-Type", "application/json");
        return ApiResponse.of(200, headers, json(g -> value(g, payload, value)), operation.name());
    }

    private interface JsonBody {
        void write(JsonGenerator generator) throws IOException;
    }

    private static byte[] json(JsonBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator generator = Json.MAPPER.getFactory().createGenerator(out)) {
            body.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void structure(JsonGenerator g, Shape shape, Map<String, ?> values, HttpBinding only) throws IOException {
        g.writeStartObject();
        for (Member member : shape.members().values()) {
            if (only != null && member.binding() != only) {
                continue;
            }
            Object value = values.get(member.name());
            if (value == null) {
                if (!member.required()) {
                    continue;
                }
                if (member.type() == ShapeType.LIST) {
                    value = java.util.List.of();
                } else if (member.type() == ShapeType.MAP) {
                    value = Map.of();
                } else {
                    throw new IllegalStateException("Required output member " + shape.name() + "." + member.name()
                            + " is missing");
                }
            }
            g.writeFieldName(member.name());
            value(g, member, value);
        }
        g.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private void value(JsonGenerator g, Member member, Object value) throws IOException {
        Shape shape = member.target();
        switch (shape.type()) {
            case STRING, ENUM -> g.writeString(value.toString());
            case BOOLEAN -> g.writeBoolean((Boolean) value);
            case BYTE, SHORT, INTEGER, LONG -> g.writeNumber(((Number) value).longValue());
            case BIG_INTEGER, FLOAT, DOUBLE, BIG_DECIMAL -> g.writeNumber(new BigDecimal(value.toString()));
            case TIMESTAMP -> g.writeNumber(Timestamps.epochSeconds((Instant) value));
            case BLOB -> g.writeBinary((byte[]) value);
            case LIST -> {
                g.writeStartArray();
                for (Object item : (Collection<?>) value) {
                    value(g, shape.listMember(), item);
                }
                g.writeEndArray();
            }
            case MAP -> {
                g.writeStartObject();
                for (Map.Entry<String, ?> entry : ((Map<String, ?>) value).entrySet()) {
                    g.writeFieldName(entry.getKey());
                    value(g, shape.mapValue(), entry.getValue());
                }
                g.writeEndObject();
            }
            case STRUCTURE, UNION -> {
                Map<String, Object> fields = value instanceof Struct struct ? struct.values() : (Map<String, Object>) value;
                checkKnownMembers(shape, fields);
                structure(g, shape, fields, null);
            }
            case DOCUMENT -> Json.MAPPER.writeTree(g, Json.MAPPER.valueToTree(value));
            default -> throw new IllegalStateException("No JSON form for " + shape);
        }
    }

    private static void checkKnownMembers(Shape shape, Map<String, ?> values) {
        for (String name : values.keySet()) {
            if (shape.member(name) == null) {
                throw new IllegalStateException(shape.name() + " has no member " + name);
            }
        }
    }
}
