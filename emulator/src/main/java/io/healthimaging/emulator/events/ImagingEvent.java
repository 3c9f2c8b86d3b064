package io.healthimaging.emulator.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.healthimaging.emulator.protocol.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An EventBridge event as HealthImaging sends it: source {@code aws.medical-imaging}, version "0", a fresh
 * version-4 UUID, the time to the second, and a detail object that starts with {@code imagingVersion}.
 */
public record ImagingEvent(
        String id,
        String detailType,
        String account,
        Instant time,
        String region,
        List<String> resources,
        Map<String, Object> detail) {

    public static final String SOURCE = "aws.medical-imaging";
    public static final String IMAGING_VERSION = "1.0";

    public static ImagingEvent of(String detailType, String account, Instant time, String region, String resource,
                                  Map<String, Object> detail) {
        return new ImagingEvent(UUID.randomUUID().toString(), detailType, account,
                time.truncatedTo(ChronoUnit.SECONDS), region, List.of(resource), detail);
    }

    /** The event document, keys in the order of the documented examples. */
    public ObjectNode toJson() {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("version", "0");
        json.put("id", id);
        json.put("detail-type", detailType);
        json.put("source", SOURCE);
        json.put("account", account);
        json.put("time", time.toString());
        json.put("region", region);
        resources.forEach(json.putArray("resources")::add);
        ObjectNode detailJson = json.putObject("detail");
        detailJson.put("imagingVersion", IMAGING_VERSION);
        detail.forEach((key, value) -> detailJson.set(key, Json.MAPPER.valueToTree(value)));
        return json;
    }
}
