package io.healthimaging.emulator.domain;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Makes resource IDs: 32 characters of {@code [0-9a-z]}, as the service's ID shapes require. */
@FunctionalInterface
public interface IdGenerator {

    String newId();

    /** Random lower-case hex, like the IDs the service hands out. */
    static IdGenerator random() {
        SecureRandom random = new SecureRandom();
        return () -> {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        };
    }
}
