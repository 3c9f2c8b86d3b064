package io.healthimaging.codec.metadata;

import io.healthimaging.codec.checksum.ResolutionChecksum;
import java.util.List;

/**
 * One entry of an instance's {@code ImageFrames} (BEHAVIOUR.md §9.3), as the importer computes it.
 *
 * @param id the image frame ID GetImageFrame takes (32 hex characters)
 * @param checksums one per resolution level, from the base (smallest) to the full resolution
 * @param frameSizeInBytes the size of the stored frame
 */
public record ImageFrameEntry(String id, List<ResolutionChecksum> checksums, long minPixelValue, long maxPixelValue,
        long frameSizeInBytes) {
    public ImageFrameEntry {
        checksums = List.copyOf(checksums);
    }
}
