package io.healthimaging.codec.checksum;

/**
 * The Image Frame Resolution Checksum of one resolution level: CRC32 of the decoded samples in the
 * buffer a client decoder produces.
 *
 * @param checksum unsigned CRC32 value
 */
public record ResolutionChecksum(int width, int height, long checksum) {
}
