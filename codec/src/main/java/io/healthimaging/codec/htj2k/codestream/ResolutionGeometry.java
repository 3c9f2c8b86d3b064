package io.healthimaging.codec.htj2k.codestream;

import java.util.List;

/**
 * Resolution level {@code r} of a tile-component: its area, subbands and precinct partition (B.5, B.6).
 *
 * @param resolution r, 0 (the lowest LL) .. NL
 * @param area the resolution's samples on its own grid (trx0, try0, trx1, try1)
 * @param bands LL alone at r = 0, otherwise HL, LH and HH
 * @param precinctWidthExponent PPx
 * @param precinctHeightExponent PPy
 */
public record ResolutionGeometry(int resolution, Rect area, List<BandGeometry> bands, int precinctWidthExponent,
        int precinctHeightExponent) {

    public ResolutionGeometry {
        bands = List.copyOf(bands);
    }

    public int precinctsWide() {
        return area.width() <= 0 ? 0
                : GridMath.ceilShift(area.x1(), precinctWidthExponent)
                        - GridMath.floorShift(area.x0(), precinctWidthExponent);
    }

    public int precinctsHigh() {
        return area.height() <= 0 ? 0
                : GridMath.ceilShift(area.y1(), precinctHeightExponent)
                        - GridMath.floorShift(area.y0(), precinctHeightExponent);
    }

    public int precinctCount() {
        return precinctsWide() * precinctsHigh();
    }

    /** Column of precinct {@code index} on the resolution's precinct grid anchored at 0. */
    long precinctColumn(int index) {
        return GridMath.floorShift(area.x0(), precinctWidthExponent) + (long) (index % precinctsWide());
    }

    long precinctRow(int index) {
        return GridMath.floorShift(area.y0(), precinctHeightExponent) + (long) (index / precinctsWide());
    }

    /** The code-blocks of each subband inside precinct {@code index}, in packet order (B.6, B.9). */
    public PrecinctBand[] precinctBands(int index) {
        // Subband precincts are half the size of resolution precincts, except in the lowest resolution.
        int shift = resolution == 0 ? 0 : 1;
        int pw = precinctWidthExponent - shift;
        int ph = precinctHeightExponent - shift;
        long x0 = precinctColumn(index) << pw;
        long y0 = precinctRow(index) << ph;
        PrecinctBand[] result = new PrecinctBand[bands.size()];
        for (int b = 0; b < result.length; b++) {
            BandGeometry band = bands.get(b);
            Rect area = band.area();
            Rect region = new Rect((int) Math.max(x0, area.x0()), (int) Math.max(y0, area.y0()),
                    (int) Math.min(x0 + (1L << pw), area.x1()), (int) Math.min(y0 + (1L << ph), area.y1()));
            result[b] = PrecinctBand.of(band, region);
        }
        return result;
    }
}
