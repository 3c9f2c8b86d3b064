package io.healthimaging.codec.htj2k.codestream;

/**
 * One subband of one resolution level of a tile-component (B.5).
 *
 * @param orientation 0 = LL, 1 = HL, 2 = LH, 3 = HH
 * @param area the subband's samples on its own grid
 * @param blockWidthExponent log2 of the code-block width in this resolution (xcb', B.7)
 * @param blockHeightExponent log2 of the code-block height (ycb')
 */
public record BandGeometry(int orientation, Rect area, int blockWidthExponent, int blockHeightExponent) {

    public static final int LL = 0;
    public static final int HL = 1;
    public static final int LH = 2;
    public static final int HH = 3;

    static BandGeometry of(Rect tileComponent, int decompositionLevel, int orientation, int xcb, int ycb) {
        int xob = orientation & 1;
        int yob = orientation >> 1;
        long xOffset = decompositionLevel == 0 ? 0 : (long) xob << (decompositionLevel - 1);
        long yOffset = decompositionLevel == 0 ? 0 : (long) yob << (decompositionLevel - 1);
        Rect area = new Rect(GridMath.ceilShift(tileComponent.x0() - xOffset, decompositionLevel),
                GridMath.ceilShift(tileComponent.y0() - yOffset, decompositionLevel),
                GridMath.ceilShift(tileComponent.x1() - xOffset, decompositionLevel),
                GridMath.ceilShift(tileComponent.y1() - yOffset, decompositionLevel));
        return new BandGeometry(orientation, area, xcb, ycb);
    }
}
