package io.healthimaging.codec.htj2k.codestream;

import java.util.ArrayList;
import java.util.List;

/**
 * One component of one tile: its samples' area on the component grid and every resolution level
 * (B.3-B.7).
 *
 * @param component the component index
 * @param area tcx0, tcy0, tcx1, tcy1
 * @param style the coding style in force for this tile-component
 * @param dx the component's horizontal separation XRsiz
 * @param dy the component's vertical separation YRsiz
 */
public record TileComponentGeometry(int component, Rect area, ComponentCodingStyle style, int dx, int dy,
        List<ResolutionGeometry> resolutions) {

    public TileComponentGeometry {
        resolutions = List.copyOf(resolutions);
    }

    public int levels() {
        return style.levels();
    }

    public ResolutionGeometry resolution(int r) {
        return resolutions.get(r);
    }

    /** The area of resolution {@code r} on its own grid. */
    public Rect resolutionArea(int r) {
        return resolutions.get(r).area();
    }

    /**
     * Column of subband {@code band}'s first sample in a buffer of this tile-component's samples where
     * each level keeps its subbands side by side: low-pass columns first, then high-pass columns.
     */
    public int bandColumn(int r, BandGeometry band) {
        return r == 0 || (band.orientation() & 1) == 0 ? 0 : resolutionArea(r - 1).width();
    }

    /** Row of subband {@code band}'s first sample in that buffer: low-pass rows first. */
    public int bandRow(int r, BandGeometry band) {
        return r == 0 || (band.orientation() & 2) == 0 ? 0 : resolutionArea(r - 1).height();
    }

    public static TileComponentGeometry of(Rect tile, int component, ComponentSize size, ComponentCodingStyle style) {
        Rect area = ImageAndTileSize.componentRect(tile, size);
        int levels = style.levels();
        List<ResolutionGeometry> resolutions = new ArrayList<>(levels + 1);
        for (int r = 0; r <= levels; r++) {
            int ppx = style.precinctWidthExponent(r);
            int ppy = style.precinctHeightExponent(r);
            int xcb = Math.min(style.blockWidthExponent(), r == 0 ? ppx : ppx - 1);
            int ycb = Math.min(style.blockHeightExponent(), r == 0 ? ppy : ppy - 1);
            List<BandGeometry> bands = new ArrayList<>(3);
            if (r == 0) {
                bands.add(BandGeometry.of(area, levels, BandGeometry.LL, xcb, ycb));
            } else {
                int level = levels - r + 1;
                for (int orientation = BandGeometry.HL; orientation <= BandGeometry.HH; orientation++) {
                    bands.add(BandGeometry.of(area, level, orientation, xcb, ycb));
                }
            }
            resolutions.add(new ResolutionGeometry(r, area.reduce(levels - r), bands, ppx, ppy));
        }
        return new TileComponentGeometry(component, area, style, size.dx(), size.dy(), resolutions);
    }

    /** All components of tile {@code tileIndex} under the tile's parameters. */
    public static List<TileComponentGeometry> ofTile(ImageAndTileSize size, int tileIndex, TileParameters parameters) {
        Rect tile = size.tile(tileIndex);
        List<TileComponentGeometry> result = new ArrayList<>(size.components().size());
        for (int c = 0; c < size.components().size(); c++) {
            result.add(of(tile, c, size.components().get(c), parameters.component(c)));
        }
        return result;
    }
}
