package io.healthimaging.codec.dicom.io;

/**
 * Bounds on what reading one file may cost, so that hostile or broken input ends in an exception rather
 * than exhausting memory or time. Lengths read from a file are checked against the bytes that remain
 * when the source size is known, and against these caps always.
 *
 * @param maxValueLength largest value held in memory, in bytes (bulk Pixel Data is never held whole)
 * @param maxLoadedBytes total bytes of all values held in memory for one data set
 * @param maxElements elements and items one data set may have, nested ones included
 * @param maxDepth sequence nesting depth
 * @param maxInflatedBytes bytes a Deflated Explicit VR Little Endian data set may inflate to
 * @param maxFragments items of encapsulated Pixel Data
 * @param maxFrameLength bytes of one frame handed out as a {@code byte[]}
 */
public record ReadLimits(
        int maxValueLength,
        long maxLoadedBytes,
        int maxElements,
        int maxDepth,
        long maxInflatedBytes,
        int maxFragments,
        int maxFrameLength) {

    /** Generous for real images (files up to the service's 4 GB), small enough to keep a server alive. */
    public static final ReadLimits DEFAULT = new ReadLimits(
            256 << 20, 1L << 30, 2_000_000, 64, 4L << 30, 4_000_000, Integer.MAX_VALUE - 8);

    public ReadLimits {
        if (maxValueLength < 0 || maxLoadedBytes < 0 || maxElements < 1 || maxDepth < 1 || maxInflatedBytes < 0
                || maxFragments < 1 || maxFrameLength < 1 || maxFrameLength > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("invalid read limits");
        }
    }

    public ReadLimits withMaxInflatedBytes(long bytes) {
        return new ReadLimits(maxValueLength, maxLoadedBytes, maxElements, maxDepth, bytes, maxFragments,
                maxFrameLength);
    }
}
