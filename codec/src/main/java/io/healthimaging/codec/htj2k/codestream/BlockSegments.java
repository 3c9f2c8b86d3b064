package io.healthimaging.codec.htj2k.codestream;

import io.healthimaging.codec.htj2k.InvalidCodestreamException;
import io.healthimaging.codec.htj2k.UnsupportedCodestreamException;
import java.util.Arrays;

/**
 * What the packets of a tile say about one HT code-block: its missing MSBs and where the bytes of its
 * latest HT set (one cleanup segment and one refinement segment, possibly spread over several packets)
 * lie in the tile data.
 *
 * <p>Coding passes are counted as in Part 1: a cleanup pass opens every bit-plane, so cleanup passes
 * have indices 0, 3, 6, ... Passes before the first non-empty cleanup are placeholders (15444-15
 * B.3): they carry no bytes and each placeholder HT set lowers the starting bit-plane by one. A later
 * cleanup pass starts a new HT set which supersedes the earlier one, because each HT set codes the
 * whole block at its own precision.
 */
public final class BlockSegments {
    private static final int CLEANUP = 0;
    private static final int REFINEMENT = 1;

    private boolean included;
    private int zeroBitplanes;
    private int lengthBits = 3;
    private int passes;
    private int cleanupPass = -1;

    private int cleanupOffset;
    private int cleanupLength;
    /** Pairs (offset, length) of the refinement segment's pieces, one per contributing packet. */
    private int[] refinementPieces = new int[4];
    private int refinementPieceCount;

    /** Segments announced by the current packet's header, as (kind, length) pairs, until their bytes come. */
    private int[] announced = new int[4];
    private int announcedCount;

    boolean included() {
        return included;
    }

    void include(int zeroBitplanes) {
        this.included = true;
        this.zeroBitplanes = zeroBitplanes;
    }

    /** Whether any HT cleanup segment has been received. */
    public boolean hasData() {
        return cleanupPass >= 0;
    }

    /** The block's missing MSBs for its latest HT set: the zero bit-planes plus one per earlier HT set. */
    public int missingMsbs() {
        return zeroBitplanes + cleanupPass / 3;
    }

    /** Coding passes of the latest HT set received: 1 (cleanup), 2 (+SigProp) or 3 (+MagRef). */
    public int passCount() {
        return Math.min(3, passes - cleanupPass);
    }

    public int cleanupOffset() {
        return cleanupOffset;
    }

    public int cleanupLength() {
        return cleanupLength;
    }

    public int refinementLength() {
        int total = 0;
        for (int i = 0; i < refinementPieceCount; i++) {
            total += refinementPieces[2 * i + 1];
        }
        return total;
    }

    /**
     * Whether the refinement segment directly follows the cleanup segment in the tile data, as when a
     * block's passes all travel in one packet; otherwise {@link #copySegments} joins the pieces.
     */
    public boolean contiguous() {
        int expected = cleanupOffset + cleanupLength;
        for (int i = 0; i < refinementPieceCount; i++) {
            if (refinementPieces[2 * i] != expected) {
                return false;
            }
            expected += refinementPieces[2 * i + 1];
        }
        return true;
    }

    /** Copies the cleanup segment followed by the refinement segment into {@code out} at 0. */
    public void copySegments(byte[] tileData, byte[] out) {
        System.arraycopy(tileData, cleanupOffset, out, 0, cleanupLength);
        int at = cleanupLength;
        for (int i = 0; i < refinementPieceCount; i++) {
            System.arraycopy(tileData, refinementPieces[2 * i], out, at, refinementPieces[2 * i + 1]);
            at += refinementPieces[2 * i + 1];
        }
    }

    /**
     * Reads the Lblock increment and codeword segment lengths for {@code newPasses} passes of this
     * packet (B.10.7 with 15444-15 B.3), and returns how many bytes of the packet body they announce.
     */
    int readLengths(PacketHeaderBits in, int newPasses) {
        lengthBits += in.ones(32);
        announcedCount = 0;
        long total = 0;
        if (cleanupPass < 0) {
            total = readFirstHtSet(in, newPasses);
        } else {
            int remaining = newPasses;
            while (remaining > 0) {
                int position = passes - cleanupPass;
                if (position >= 3) {
                    total += announce(CLEANUP, in.bits(lengthBits));
                    cleanupPass = passes;
                    passes++;
                    remaining--;
                } else {
                    int segmentPasses = Math.min(remaining, 3 - position);
                    total += announce(REFINEMENT, in.bits(lengthBits + GridMath.floorLog2(segmentPasses)));
                    passes += segmentPasses;
                    remaining -= segmentPasses;
                }
            }
        }
        if (total > Integer.MAX_VALUE) {
            throw new InvalidCodestreamException("a code-block announces " + total + " bytes");
        }
        return (int) total;
    }

    private long readFirstHtSet(PacketHeaderBits in, int newPasses) {
        int afterCleanup = (passes + newPasses - 1) % 3;
        int cleanupSegmentPasses = newPasses - afterCleanup;
        if (cleanupSegmentPasses < 1) {
            requireEmptyPlaceholders(in.bits(lengthBits + GridMath.floorLog2(newPasses)));
            passes += newPasses;
            return 0;
        }
        int length = in.bits(lengthBits + GridMath.floorLog2(cleanupSegmentPasses));
        if (length == 0) {
            // Placeholder passes only: their length field is as wide as for a Part 1 contribution.
            int extra = GridMath.floorLog2(newPasses) - GridMath.floorLog2(cleanupSegmentPasses);
            requireEmptyPlaceholders(in.bits(extra));
            passes += newPasses;
            return 0;
        }
        long total = announce(CLEANUP, length);
        cleanupPass = passes + cleanupSegmentPasses - 1;
        passes += cleanupSegmentPasses;
        if (afterCleanup > 0) {
            total += announce(REFINEMENT, in.bits(lengthBits + GridMath.floorLog2(afterCleanup)));
            passes += afterCleanup;
        }
        return total;
    }

    private static void requireEmptyPlaceholders(int length) {
        if (length != 0) {
            throw new UnsupportedCodestreamException("a code-block carries " + length
                    + " bytes in passes before its first HT cleanup pass: a mixed HT/Part 1 codestream with"
                    + " Part 1 (EBCOT) code-blocks, which are not supported");
        }
    }

    private int announce(int kind, int length) {
        if (kind == CLEANUP && length < 2) {
            throw new InvalidCodestreamException("an HT cleanup segment of " + length + " byte(s); at least 2");
        }
        if (2 * announcedCount + 2 > announced.length) {
            announced = Arrays.copyOf(announced, announced.length * 2);
        }
        announced[2 * announcedCount] = kind;
        announced[2 * announcedCount + 1] = length;
        announcedCount++;
        return length;
    }

    /** Places the announced segments at {@code offset} in the packet body; returns the offset after them. */
    int takeBody(int offset) {
        int at = offset;
        for (int i = 0; i < announcedCount; i++) {
            int length = announced[2 * i + 1];
            if (announced[2 * i] == CLEANUP) {
                cleanupOffset = at;
                cleanupLength = length;
                refinementPieceCount = 0;
            } else if (length > 0) {
                if (2 * refinementPieceCount + 2 > refinementPieces.length) {
                    refinementPieces = Arrays.copyOf(refinementPieces, refinementPieces.length * 2);
                }
                refinementPieces[2 * refinementPieceCount] = at;
                refinementPieces[2 * refinementPieceCount + 1] = length;
                refinementPieceCount++;
            }
            at += length;
        }
        announcedCount = 0;
        return at;
    }
}
