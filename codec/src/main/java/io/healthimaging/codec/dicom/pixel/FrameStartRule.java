package io.healthimaging.codec.dicom.pixel;

import java.util.Arrays;

/**
 * Decides, fragment by fragment in file order, which fragments of encapsulated Pixel Data start a frame:
 * <ol>
 *   <li>with an offset table (Basic or Extended) holding one offset per frame, the fragments it points at;</li>
 *   <li>with a single frame, only the first fragment;</li>
 *   <li>otherwise, when the first fragment starts with a codestream marker, every fragment that does;</li>
 *   <li>otherwise every fragment (RLE, and any syntax whose fragments are one frame each).</li>
 * </ol>
 * It needs nothing but what precedes each fragment, so a one-pass reader can use it.
 */
public final class FrameStartRule {
    private final int frames;
    private final long[] offsetTable;
    private Boolean markers;

    /**
     * @param offsetTable frame offsets relative to the first fragment's item tag, or empty; a table with
     *     another number of entries than {@code frames} is ignored
     */
    public FrameStartRule(int frames, long[] offsetTable) {
        this.frames = frames;
        this.offsetTable = offsetTable.length == frames && frames > 1 ? offsetTable.clone() : new long[0];
    }

    /** Whether this rule follows an offset table. */
    public boolean usesOffsetTable() {
        return offsetTable.length > 0;
    }

    /**
     * @param index the fragment's position among fragments (0 for the first after the offset table)
     * @param itemOffset where its item tag lies, relative to the first fragment's item tag
     * @param prefix its first bytes ({@link CodestreamMarkers#PREFIX_LENGTH} are enough)
     */
    public boolean startsFrame(int index, long itemOffset, byte[] prefix, int prefixLength) {
        if (index == 0) {
            markers = CodestreamMarkers.startsCodestream(prefix, prefixLength);
            return true;
        }
        if (offsetTable.length > 0) {
            return Arrays.binarySearch(offsetTable, itemOffset) >= 0;
        }
        if (frames == 1) {
            return false;
        }
        return !Boolean.TRUE.equals(markers) || CodestreamMarkers.startsCodestream(prefix, prefixLength);
    }
}
