package io.healthimaging.emulator.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed query string; a key may repeat (restJson1 lists travel as {@code ?k=a&k=b}). */
public final class QueryParameters {
    private final Map<String, List<String>> values;

    private QueryParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    public static QueryParameters parse(String rawQuery) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = PercentEncoding.decode(eq < 0 ? pair : pair.substring(0, eq), true);
                String value = eq < 0 ? "" : PercentEncoding.decode(pair.substring(eq + 1), true);
                values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        return new QueryParameters(values);
    }

    public List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }

    public String first(String key) {
        List<String> all = values.get(key);
        return all == null ? null : all.get(0);
    }
}
