package io.healthimaging.codec.cli;

import io.healthimaging.codec.dicom.io.DicomFile;
import io.healthimaging.codec.image.PixelDescription;
import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.pixel.FrameDecoder;
import io.healthimaging.codec.pixel.PixelDataException;
import io.healthimaging.codec.pixel.PixelDecoders;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The frames of a DICOM Part 10 file in any transfer syntax HealthImaging imports, decoded as the import
 * decodes them: every frame, or the one {@code -frame n} (from 0) names.
 */
final class DicomFrameSource implements FrameSource {
    @Override
    public Set<String> options() {
        return Set.of("-frame");
    }

    @Override
    public List<SampleImage> read(Path input, Map<String, String> options) throws IOException {
        try (DicomFile file = DicomFile.open(input)) {
            int count = file.numberOfFrames();
            int first = 0;
            int last = count - 1;
            if (options.containsKey("-frame")) {
                first = frameNumber(options.get("-frame"), count);
                last = first;
            }
            PixelDescription description = file.pixelDescription();
            FrameDecoder decoder = PixelDecoders.forTransferSyntax(file.transferSyntax());
            List<SampleImage> frames = new ArrayList<>();
            for (int index = first; index <= last; index++) {
                frames.add(decoder.decode(file.frame(index), description));
            }
            return frames;
        } catch (PixelDataException e) {
            throw new IOException(input + ": " + e.getMessage(), e);
        }
    }

    private static int frameNumber(String text, int count) {
        try {
            int frame = Integer.parseInt(text);
            if (frame >= 0 && frame < count) {
                return frame;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the valid range
        }
        throw new CommandArguments.UsageException("-frame must be 0.." + (count - 1) + ", not " + text);
    }
}
