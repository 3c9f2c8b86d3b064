package io.healthimaging.emulator.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.healthimaging.emulator.protocol.model.HttpBinding;
import io.healthimaging.emulator.protocol.model.Member;
import io.healthimaging.emulator.protocol.model.OperationModel;
import io.healthimaging.emulator.protocol.model.UriTemplate;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Test side of the wire: valid example inputs for any operation of the model, and the raw HTTP request a
 * restJson1 client would send for an input tree. Written independently of the emulator's binder.
 */
final class ModelRequests {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String ID = "0123456789abcdef0123456789abcdef";
    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("DatastoreId", ID),
            Map.entry("ImageSetId", ID),
            Map.entry("ImageFrameId", ID),
            Map.entry("JobId", "0123456789abcdef"),
            Map.entry("ImageSetExternalVersionId", "1"),
            Map.entry("DatastoreName", "name"),
            Map.entry("JobName", "job"),
            Map.entry("ClientToken", "token-1"),
            Map.entry("TagKey", "key"),
            Map.entry("TagValue", "value"),
            Map.entry("KmsKeyArn", "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012"),
            Map.entry("LambdaArn", "arn:aws:lambda:us-east-1:123456789012:function:authorize"),
            Map.entry("Arn", "arn:aws:medical-imaging:us-east-1:123456789012:datastore/" + ID),
            Map.entry("RoleArn", "arn:aws:iam::123456789012:role/ImportJobDataAccessRole"),
            Map.entry("S3Uri", "s3://bucket/in/"),
            Map.entry("AwsAccountId", "123456789012"),
            Map.entry("NextToken", "token"),
            Map.entry("MetadataFilePath", "meta/a.json"),
            Map.entry("DICOMStudyInstanceUID", "1.2.3"),
            Map.entry("DICOMSeriesInstanceUID", "1.2.3.4"),
            Map.entry("Message", "ok"));

    private ModelRequests() {
    }

    /** A valid value for a member: examples for patterned strings, the first enum value, required members only. */
    static JsonNode valid(Member member) {
        var shape = member.target();
        return switch (shape.type()) {
            case STRING -> NODES.textNode(EXAMPLES.getOrDefault(shape.name(), "x"));
            case ENUM -> NODES.textNode(shape.enumValues().get(0));
            case BOOLEAN -> NODES.booleanNode(true);
            case INTEGER, LONG -> NODES.numberNode(member.constraints().min() != null
                    ? member.constraints().min().intValue() : 1);
            case TIMESTAMP -> NODES.numberNode(new java.math.BigDecimal("1700000000.5"));
            case BLOB -> NODES.textNode(Base64.getEncoder().encodeToString("{}".getBytes(StandardCharsets.UTF_8)));
            case LIST -> {
                ArrayNode list = NODES.arrayNode();
                long count = Math.max(1, member.constraints().minLength() == null ? 1 : member.constraints().minLength());
                for (int i = 0; i < count; i++) {
                    list.add(valid(shape.listMember()));
                }
                yield list;
            }
            case MAP -> NODES.objectNode().set(EXAMPLES.get("TagKey"), valid(shape.mapValue()));
            case STRUCTURE -> {
                ObjectNode structure = NODES.objectNode();
                shape.members().values().stream().filter(Member::required)
                        .forEach(m -> structure.set(m.name(), valid(m)));
                yield structure;
            }
            case UNION -> {
                Member first = shape.members().values().iterator().next();
                yield NODES.objectNode().set(first.name(), valid(first));
            }
            default -> throw new IllegalArgumentException("No example for " + shape);
        };
    }

    /** An input with every required member set. */
    static ObjectNode validInput(OperationModel operation) {
        return (ObjectNode) valid(new Member("input", operation.input(), operation.input().constraints(), true,
                HttpBinding.BODY, "input", false));
    }

    /** The HTTP request a restJson1 client sends for this input. */
    static HttpRequest request(URI endpoint, OperationModel operation, ObjectNode input, ObjectMapper json)
            throws Exception {
        StringBuilder path = new StringBuilder();
        for (UriTemplate.Segment segment : operation.uri().segments()) {
            path.append('/').append(segment.isLabel() ? encode(input.path(segment.label()).asText()) : segment.literal());
        }
        StringBuilder query = new StringBuilder();
        for (Member member : operation.inputMembers(HttpBinding.QUERY)) {
            JsonNode value = input.get(member.name());
            if (value == null) {
                continue;
            }
            for (JsonNode item : value.isArray() ? value : NODES.arrayNode().add(value)) {
                query.append(query.length() == 0 ? '?' : '&').append(encode(member.wireName())).append('=')
                        .append(encode(item.asText()));
            }
        }
        String body = "";
        var payload = operation.inputPayload();
        if (payload.isPresent()) {
            JsonNode value = input.get(payload.get().name());
            body = value == null ? "" : json.writeValueAsString(value);
        } else if (!operation.inputMembers(HttpBinding.BODY).isEmpty()) {
            ObjectNode object = NODES.objectNode();
            operation.inputMembers(HttpBinding.BODY).forEach(m -> {
                if (input.has(m.name())) {
                    object.set(m.name(), input.get(m.name()));
                }
            });
            body = json.writeValueAsString(object);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(endpoint + path.toString() + query))
                .method(operation.method(), body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            builder.header("Content-Type", "application/json");
        }
        return builder.build();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
