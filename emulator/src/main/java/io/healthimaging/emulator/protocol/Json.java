package io.healthimaging.emulator.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON configuration of the wire protocol. */
public final class Json {
    /**
     * Floats are read as BigDecimal so that epoch-second timestamps keep their millisecond fraction exactly, and
     * BigDecimal is written in plain notation because clients expect {@code 1700000000.123}, not {@code 1.7E+9}.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private Json() {
    }
}
