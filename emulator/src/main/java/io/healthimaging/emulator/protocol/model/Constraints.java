package io.healthimaging.emulator.protocol.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The value constraints of a shape or member: Smithy's length, range and pattern traits.
 * Member traits override the same trait of the target shape, so the two are merged.
 */
public record Constraints(Long minLength, Long maxLength, BigDecimal min, BigDecimal max, Pattern pattern) {

    static final Constraints NONE = new Constraints(null, null, null, null, null);

    static Constraints fromTraits(JsonNode traits) {
        if (traits == null) {
            return NONE;
        }
        JsonNode length = traits.get("smithy.api#length");
        JsonNode range = traits.get("smithy.api#range");
        JsonNode pattern = traits.get("smithy.api#pattern");
        return new Constraints(
                length != null && length.has("min") ? length.get("min").asLong() : null,
                length != null && length.has("max") ? length.get("max").asLong() : null,
                range != null && range.has("min") ? range.get("min").decimalValue() : null,
                range != null && range.has("max") ? range.get("max").decimalValue() : null,
                pattern != null ? Pattern.compile(pattern.asText()) : null);
    }

    Constraints overriddenBy(Constraints member) {
        boolean lengthOverride = member.minLength != null || member.maxLength != null;
        boolean rangeOverride = member.min != null || member.max != null;
        return new Constraints(
                lengthOverride ? member.minLength : minLength,
                lengthOverride ? member.maxLength : maxLength,
                rangeOverride ? member.min : min,
                rangeOverride ? member.max : max,
                member.pattern != null ? member.pattern : pattern);
    }
}
