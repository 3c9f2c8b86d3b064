package io.healthimaging.emulator.protocol;

import java.math.BigDecimal;
import java.time.Instant;

/** The restJson1 timestamp form: epoch seconds with a millisecond fraction. */
public final class Timestamps {
    private Timestamps() {
    }

    public static BigDecimal epochSeconds(Instant instant) {
        BigDecimal seconds = BigDecimal.valueOf(instant.toEpochMilli(), 3).stripTrailingZeros();
        return seconds.scale() < 0 ? seconds.setScale(0) : seconds;
    }
}
