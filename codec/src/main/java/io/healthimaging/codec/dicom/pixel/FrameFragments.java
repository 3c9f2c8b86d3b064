package io.healthimaging.codec.dicom.pixel;

import io.healthimaging.codec.dicom.InvalidPixelDataException;

import java.io.IOException;
import java.util.Arrays;

/**
 * Which fragments make up each frame of encapsulated Pixel Data, for random access to frames. The rules
 * are those of {@link FrameStartRule}, checked against the whole table: an offset table whose entries do
 * not all point at fragments is ignored, and as many fragments as frames are one frame each.
 */
public final class FrameFragments {
    /** Reads the first bytes of fragment {@code index} into {@code prefix}; returns how many it read. */
    @FunctionalInterface
    public interface PrefixReader {
        int read(int index, byte[] prefix) throws IOException;
    }

    private final int[] firstFragment;
    private final int fragmentCount;

    private FrameFragments(int[] firstFragment, int fragmentCount) {
        this.firstFragment = firstFragment;
        this.fragmentCount = fragmentCount;
    }

    public static FrameFragments map(int frames, FragmentTable fragments, long[] offsetTable, PrefixReader prefixes)
            throws IOException {
        int count = fragments.count();
        if (count == 0) {
            throw new InvalidPixelDataException("DICOM attribute PixelData has no fragments for " + frames
                    + " frame(s)");
        }
        if (count == frames) {
            int[] identity = new int[frames];
            Arrays.setAll(identity, i -> i);
            return new FrameFragments(identity, count);
        }
        int[] fromTable = fromOffsetTable(frames, fragments, offsetTable);
        if (fromTable != null) {
            return new FrameFragments(fromTable, count);
        }
        FrameStartRule rule = new FrameStartRule(frames, new long[0]);
        int[] starts = new int[frames];
        int found = 0;
        byte[] prefix = new byte[CodestreamMarkers.PREFIX_LENGTH];
        for (int i = 0; i < count; i++) {
            int read = prefixes.read(i, prefix);
            if (rule.startsFrame(i, fragments.itemOffset(i), prefix, read)) {
                if (found == frames) {
                    throw mismatch(frames, count);
                }
                starts[found++] = i;
            }
        }
        if (found != frames) {
            throw mismatch(frames, count);
        }
        return new FrameFragments(starts, count);
    }

    private static int[] fromOffsetTable(int frames, FragmentTable fragments, long[] offsetTable) {
        if (offsetTable.length != frames) {
            return null;
        }
        long[] itemOffsets = new long[fragments.count()];
        Arrays.setAll(itemOffsets, fragments::itemOffset);
        int[] starts = new int[frames];
        for (int f = 0; f < frames; f++) {
            int index = Arrays.binarySearch(itemOffsets, offsetTable[f]);
            if (index < 0 || f > 0 && index <= starts[f - 1] || f == 0 && index != 0) {
                return null;
            }
            starts[f] = index;
        }
        return starts;
    }

    private static InvalidPixelDataException mismatch(int frames, int fragments) {
        return new InvalidPixelDataException("DICOM attribute PixelData has " + fragments
                + " fragments that do not split into " + frames + " frames");
    }

    public int frames() {
        return firstFragment.length;
    }

    /** Index of the first fragment of {@code frame}. */
    public int first(int frame) {
        return firstFragment[frame];
    }

    /** Index just past the last fragment of {@code frame}. */
    public int end(int frame) {
        return frame + 1 < firstFragment.length ? firstFragment[frame + 1] : fragmentCount;
    }
}
