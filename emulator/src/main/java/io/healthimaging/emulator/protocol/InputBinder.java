package io.healthimaging.emulator.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.healthimaging.emulator.protocol.model.HttpBinding;
import io.healthimaging.emulator.protocol.model.Member;
import io.healthimaging.emulator.protocol.model.OperationModel;
import io.healthimaging.emulator.protocol.model.ShapeType;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gathers an operation's input from the places restJson1 binds its members to (labels, query, headers, payload,
 * body members) into one tree keyed by member name, converting every value to its modelled type.
 * Type errors become {@code SerializationException}; constraints are checked afterwards by {@link InputValidator}.
 */
public final class InputBinder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public ObjectNode bind(OperationModel operation, Map<String, String> labels, ApiRequest request) {
        ObjectNode input = NODES.objectNode();
        for (Member member : operation.inputMembers(HttpBinding.LABEL)) {
            putText(input, member, labels.get(member.wireName()));
        }
        QueryParameters query = QueryParameters.parse(request.rawQuery());
        for (Member member : operation.inputMembers(HttpBinding.QUERY)) {
            List<String> values = query.all(member.wireName());
            if (values.isEmpty()) {
                continue;
            }
            if (member.type() == ShapeType.LIST) {
                var list = input.putArray(member.name());
                for (String value : values) {
                    list.add(TextValues.read(member.target().listMember(), value, member.name()));
                }
            } else {
                putText(input, member, values.get(0));
            }
        }
        for (Member member : operation.inputMembers(HttpBinding.HEADER)) {
            putText(input, member, request.header(member.wireName()));
        }
        List<Member> bodyMembers = operation.inputMembers(HttpBinding.BODY);
        var payload = operation.inputPayload();
        if (payload.isPresent()) {
            bindPayload(input, payload.get(), request);
        } else if (!bodyMembers.isEmpty()) {
            JsonNode body = parseJsonBody(request);
            if (body != null) {
                if (!body.isObject()) {
                    throw ProtocolException.serialization("The request body must be a JSON object");
                }
                for (Member member : bodyMembers) {
                    JsonNode value = JsonValues.read(member, body.get(member.name()), member.name());
                    if (value != null) {
                        input.set(member.name(), value);
                    }
                }
            }
        }
        return input;
    }

    private static void putText(ObjectNode input, Member member, String text) {
        if (text != null) {
            input.set(member.name(), TextValues.read(member, text, member.name()));
        }
    }

    private static void bindPayload(ObjectNode input, Member payload, ApiRequest request) {
        switch (payload.type()) {
            case BLOB -> {
                if (request.body().length > 0) {
                    input.put(payload.name(), request.body());
                }
            }
            case STRING -> {
                if (request.body().length > 0) {
                    input.put(payload.name(), new String(request.body(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            default -> {
                JsonNode value = JsonValues.read(payload, parseJsonBody(request), payload.name());
                if (value != null) {
                    input.set(payload.name(), value);
                }
            }
        }
    }

    /** Returns null for an empty body: an absent payload or no body members at all. */
    private static JsonNode parseJsonBody(ApiRequest request) {
        if (request.body().length == 0) {
            return null;
        }
        String contentType = request.header("content-type");
        if (contentType != null && !isJson(contentType)) {
            throw new ProtocolException("UnsupportedMediaTypeException", 415,
                    "Unsupported Content-Type '" + contentType + "': this operation takes application/json");
        }
        try {
            return Json.MAPPER.readTree(request.body());
        } catch (JsonProcessingException e) {
            throw ProtocolException.serialization("The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ProtocolException.serialization("The request body could not be read: " + e.getMessage());
        }
    }

    private static boolean isJson(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        type = (semicolon < 0 ? type : type.substring(0, semicolon)).trim();
        return type.equals("application/json") || type.endsWith("+json") || type.startsWith("application/x-amz-json");
    }
}
