package io.healthimaging.emulator.protocol;

/**
 * One broken constraint. {@code renderedValue} is null for an absent value and for values that must not be
 * echoed (sensitive members, binary data).
 */
public record Violation(String path, String renderedValue, boolean absent, String rule) {

    /** The AWS wording: {@code Value 'x' at 'path' failed to satisfy constraint: rule}. */
    public String describe() {
        String value = absent ? "Value null" : renderedValue == null ? "Value" : "Value '" + renderedValue + "'";
        return value + " at '" + path + "' failed to satisfy constraint: " + rule;
    }
}
