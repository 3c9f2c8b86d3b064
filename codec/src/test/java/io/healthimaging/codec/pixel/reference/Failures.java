package io.healthimaging.codec.pixel.reference;

import io.healthimaging.codec.pixel.PixelDataException;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Asserts that decoding fails with a {@link PixelDataException} whose message names the cause. */
public final class Failures {
    private Failures() {
    }

    public static PixelDataException assertRefused(Executable decoding, String... phrases) {
        PixelDataException e = assertThrows(PixelDataException.class, decoding);
        for (String phrase : phrases) {
            assertTrue(e.getMessage().contains(phrase), "message \"" + e.getMessage() + "\" lacks \"" + phrase + "\"");
        }
        return e;
    }
}
