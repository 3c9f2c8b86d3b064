package io.healthimaging.codec.htj2k.codestream;

/**
 * The packet-header state of one precinct across its layers: per subband, the inclusion and
 * zero-bit-plane tag trees and the segments of each code-block that has been included.
 */
public final class PrecinctState {
    private final PrecinctBand[] bands;
    private final TagTree[] inclusion;
    private final TagTree[] zeroBitplanes;
    private final BlockSegments[][] blocks;

    PrecinctState(PrecinctBand[] bands) {
        this.bands = bands;
        this.inclusion = new TagTree[bands.length];
        this.zeroBitplanes = new TagTree[bands.length];
        this.blocks = new BlockSegments[bands.length][];
        for (int b = 0; b < bands.length; b++) {
            int wide = bands[b].blocksWide();
            int high = bands[b].blocksHigh();
            blocks[b] = new BlockSegments[wide * high];
            if (wide > 0 && high > 0) {
                inclusion[b] = new TagTree(wide, high);
                zeroBitplanes[b] = new TagTree(wide, high);
            }
        }
    }

    public int bandCount() {
        return bands.length;
    }

    public PrecinctBand band(int b) {
        return bands[b];
    }

    /** The segments of code-block {@code index} of subband {@code b}, or null if it was never included. */
    public BlockSegments block(int b, int index) {
        return blocks[b][index];
    }

    TagTree inclusion(int b) {
        return inclusion[b];
    }

    TagTree zeroBitplanes(int b) {
        return zeroBitplanes[b];
    }

    BlockSegments includeBlock(int b, int index, int zeroBitplaneCount) {
        BlockSegments segments = new BlockSegments();
        segments.include(zeroBitplaneCount);
        blocks[b][index] = segments;
        return segments;
    }
}
