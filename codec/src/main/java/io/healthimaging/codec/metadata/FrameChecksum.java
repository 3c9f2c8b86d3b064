package io.healthimaging.codec.metadata;

/**
 * The CRC32 of one resolution level of a frame's decoded pixels, as {@code PixelDataChecksumFromBaseToFullResolution}
 * lists them (BEHAVIOUR.md §9.3).
 *
 * @param checksum unsigned 32-bit value
 */
public record FrameChecksum(int width, int height, long checksum) {
}
