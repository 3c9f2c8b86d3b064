package io.healthimaging.emulator.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * An opaque pagination token naming the last item of the previous page by its sort key (creation time, then
 * ID). The next page starts strictly after that key, so items created or deleted between pages neither repeat
 * nor shift the page boundary.
 */
public record PageToken(Instant createdAt, String id) {
    private static final String VERSION = "v1";

    public String encode() {
        String plain = VERSION + ":" + createdAt.toEpochMilli() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ServiceException a ValidationException for anything this emulator did not hand out */
    public static PageToken decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":", 3);
            if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[2].isEmpty()) {
                throw invalid();
            }
            return new PageToken(Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2]);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public boolean isBefore(Instant otherCreatedAt, String otherId) {
        int byTime = createdAt.compareTo(otherCreatedAt);
        return byTime < 0 || byTime == 0 && id.compareTo(otherId) < 0;
    }

    private static ServiceException invalid() {
        return ServiceException.validation("Invalid nextToken: it was not returned by a previous call");
    }
}
