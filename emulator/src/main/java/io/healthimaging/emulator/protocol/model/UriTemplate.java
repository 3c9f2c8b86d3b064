package io.healthimaging.emulator.protocol.model;

import java.util.ArrayList;
import java.util.List;

/** The path pattern of an {@code @http} trait: literal segments and single-segment labels. */
public final class UriTemplate {
    private final String text;
    private final List<Segment> segments;

    /** One path segment: either a literal or a label whose value is bound to the member of that name. */
    public record Segment(String literal, String label) {
        public boolean isLabel() {
            return label != null;
        }
    }

    private UriTemplate(String text, List<Segment> segments) {
        this.text = text;
        this.segments = List.copyOf(segments);
    }

    public static UriTemplate parse(String text) {
        if (!text.startsWith("/") || text.contains("?")) {
            throw new IllegalArgumentException("Unsupported URI template (query literals are not used by this model): "
                    + text);
        }
        List<Segment> segments = new ArrayList<>();
        for (String part : text.substring(1).split("/", -1)) {
            if (part.startsWith("{") && part.endsWith("}")) {
                String label = part.substring(1, part.length() - 1);
                if (label.endsWith("+")) {
                    throw new IllegalArgumentException("Greedy labels are not used by this model: " + text);
                }
                segments.add(new Segment(null, label));
            } else if (part.contains("{")) {
                throw new IllegalArgumentException("Labels must fill a whole segment: " + text);
            } else {
                segments.add(new Segment(part, null));
            }
        }
        return new UriTemplate(text, segments);
    }

    public List<Segment> segments() {
        return segments;
    }

    /** The first literal segment, which names the top-level path this route lives under. */
    public String firstLiteral() {
        return segments.get(0).isLabel() ? null : segments.get(0).literal();
    }

    @Override
    public String toString() {
        return text;
    }
}
