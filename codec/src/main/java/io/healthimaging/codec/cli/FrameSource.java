package io.healthimaging.codec.cli;

import io.healthimaging.codec.image.SampleImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where {@code encode} gets frames from, chosen by the input file's extension. */
@FunctionalInterface
public interface FrameSource {
    /** The extra {@code -name value} options this source reads (for example {@code -frame}). */
    default Set<String> options() {
        return Set.of();
    }

    /** The extra switches this source reads (for example {@code -signed}). */
    default Set<String> switches() {
        return Set.of();
    }

    /**
     * Reads the frames to encode, in order; {@code options} holds every option given (switches as
     * {@code "true"}).
     */
    List<SampleImage> read(Path input, Map<String, String> options) throws IOException;
}
