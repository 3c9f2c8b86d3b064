package io.healthimaging.codec.cli;

import io.healthimaging.codec.image.SampleImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Where {@code encode} gets a frame's samples from, chosen by the input file's extension. Further
 * formats (DICOM) plug in with {@link EncodeCommand#register}.
 */
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

    /** Reads one frame; {@code options} holds every option given (switches as {@code "true"}). */
    SampleImage read(Path input, Map<String, String> options) throws IOException;
}
