package io.healthimaging.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The emulator's version, from the properties file the build writes. */
final class EmulatorVersion {
    private EmulatorVersion() {
    }

    static String current() {
        Properties properties = new Properties();
        try (InputStream in = EmulatorVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
