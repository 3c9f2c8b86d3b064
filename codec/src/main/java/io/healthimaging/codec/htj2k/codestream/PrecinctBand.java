package io.healthimaging.codec.htj2k.codestream;

/**
 * The code-blocks of one subband that belong to one precinct: a grid of {@code blocksWide x blocksHigh}
 * code-blocks, listed in raster order in packet headers (B.9).
 *
 * @param band the subband
 * @param region the precinct's part of the subband, on the subband's grid (possibly empty)
 * @param firstBlockX index of the first code-block column on the subband's code-block grid
 * @param firstBlockY index of the first code-block row
 */
public record PrecinctBand(BandGeometry band, Rect region, int firstBlockX, int firstBlockY, int blocksWide,
        int blocksHigh) {

    public int blockCount() {
        return blocksWide * blocksHigh;
    }

    /** Code-block {@code index} (raster order) clipped to the subband, on the subband's grid. */
    public Rect block(int index) {
        int bx = firstBlockX + index % blocksWide;
        int by = firstBlockY + index / blocksWide;
        int xcb = band.blockWidthExponent();
        int ycb = band.blockHeightExponent();
        Rect nominal = new Rect(bx << xcb, by << ycb, (bx + 1) << xcb, (by + 1) << ycb);
        return nominal.intersect(region);
    }

    static PrecinctBand of(BandGeometry band, Rect region) {
        if (region.isEmpty()) {
            return new PrecinctBand(band, region, 0, 0, 0, 0);
        }
        int xcb = band.blockWidthExponent();
        int ycb = band.blockHeightExponent();
        int bx0 = GridMath.floorShift(region.x0(), xcb);
        int by0 = GridMath.floorShift(region.y0(), ycb);
        int bx1 = GridMath.ceilShift(region.x1(), xcb);
        int by1 = GridMath.ceilShift(region.y1(), ycb);
        return new PrecinctBand(band, region, bx0, by0, bx1 - bx0, by1 - by0);
    }
}
