package io.healthimaging.codec.htj2k.codestream;

import io.healthimaging.codec.htj2k.InvalidCodestreamException;
import io.healthimaging.codec.htj2k.UnsupportedCodestreamException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SIZ marker segment: the image area and tile grid on the reference grid, and the components.
 * Parsing validates every relation Annex A.5.1 requires, so later geometry never sees an impossible size.
 *
 * @param capabilities Rsiz
 * @param image the image area [XOsiz, Xsiz) x [YOsiz, Ysiz)
 * @param tileWidth XTsiz
 * @param tileHeight YTsiz
 * @param tileOriginX XTOsiz
 * @param tileOriginY YTOsiz
 */
public record ImageAndTileSize(
        int capabilities,
        Rect image,
        int tileWidth,
        int tileHeight,
        int tileOriginX,
        int tileOriginY,
        List<ComponentSize> components) {

    /** Rsiz bit 14: the codestream uses Part 15 (HTJ2K) capabilities, described by a CAP marker. */
    public static final int RSIZ_PART15 = 0x4000;
    /** Rsiz bit 15: Part 2 extensions. */
    public static final int RSIZ_PART2 = 0x8000;
    /** The largest sample precision this codec decodes; wider samples would overflow 32-bit transforms. */
    public static final int MAX_PRECISION = 28;

    public ImageAndTileSize {
        components = List.copyOf(components);
    }

    public int tilesWide() {
        return GridMath.ceilDiv((long) image.x1() - tileOriginX, tileWidth);
    }

    public int tilesHigh() {
        return GridMath.ceilDiv((long) image.y1() - tileOriginY, tileHeight);
    }

    public int tileCount() {
        return tilesWide() * tilesHigh();
    }

    /** Tile {@code index}'s area on the reference grid, clipped to the image area (B.3). */
    public Rect tile(int index) {
        int p = index % tilesWide();
        int q = index / tilesWide();
        long tx0 = tileOriginX + (long) p * tileWidth;
        long ty0 = tileOriginY + (long) q * tileHeight;
        return new Rect((int) Math.max(tx0, image.x0()), (int) Math.max(ty0, image.y0()),
                (int) Math.min(tx0 + tileWidth, image.x1()), (int) Math.min(ty0 + tileHeight, image.y1()));
    }

    /** Component {@code c}'s samples on its own grid: the image area divided by its separations (B.2). */
    public Rect componentArea(int c) {
        ComponentSize size = components.get(c);
        return componentRect(image, size);
    }

    static Rect componentRect(Rect onReferenceGrid, ComponentSize size) {
        return new Rect(GridMath.ceilDiv(onReferenceGrid.x0(), size.dx()),
                GridMath.ceilDiv(onReferenceGrid.y0(), size.dy()),
                GridMath.ceilDiv(onReferenceGrid.x1(), size.dx()),
                GridMath.ceilDiv(onReferenceGrid.y1(), size.dy()));
    }

    static ImageAndTileSize read(SegmentReader in) {
        int rsiz = in.u16();
        long xsiz = in.u32();
        long ysiz = in.u32();
        long xosiz = in.u32();
        long yosiz = in.u32();
        long xtsiz = in.u32();
        long ytsiz = in.u32();
        long xtosiz = in.u32();
        long ytosiz = in.u32();
        int csiz = in.u16();
        if ((rsiz & RSIZ_PART2) != 0) {
            throw new UnsupportedCodestreamException(
                    "SIZ Rsiz 0x" + Integer.toHexString(rsiz) + " declares Part 2 extensions, which are not supported");
        }
        for (long value : new long[] {xsiz, ysiz, xosiz, yosiz, xtsiz, ytsiz, xtosiz, ytosiz}) {
            if (value > Integer.MAX_VALUE) {
                throw new UnsupportedCodestreamException(
                        "SIZ declares reference grid coordinate " + value + ", beyond 2^31-1");
            }
        }
        if (xsiz <= xosiz || ysiz <= yosiz) {
            throw new InvalidCodestreamException("SIZ declares an empty image area: Xsiz=" + xsiz + " XOsiz=" + xosiz
                    + " Ysiz=" + ysiz + " YOsiz=" + yosiz);
        }
        if (xtsiz == 0 || ytsiz == 0) {
            throw new InvalidCodestreamException("SIZ declares a zero tile size " + xtsiz + "x" + ytsiz);
        }
        if (xtosiz > xosiz || ytosiz > yosiz || xtosiz + xtsiz <= xosiz || ytosiz + ytsiz <= yosiz) {
            throw new InvalidCodestreamException("SIZ tile grid origin (" + xtosiz + "," + ytosiz
                    + ") with tiles " + xtsiz + "x" + ytsiz + " does not cover the image origin (" + xosiz + ","
                    + yosiz + ")");
        }
        if (csiz < 1 || csiz > 16384) {
            throw new InvalidCodestreamException("SIZ declares " + csiz + " components; 1..16384 are allowed");
        }
        List<ComponentSize> components = new ArrayList<>(csiz);
        for (int c = 0; c < csiz; c++) {
            int ssiz = in.u8();
            int dx = in.u8();
            int dy = in.u8();
            int precision = (ssiz & 0x7F) + 1;
            if (precision > 38) {
                throw new InvalidCodestreamException("component " + c + " declares precision " + precision);
            }
            if (precision > MAX_PRECISION) {
                throw new UnsupportedCodestreamException("component " + c + " has " + precision
                        + "-bit samples; at most " + MAX_PRECISION + " bits are supported");
            }
            if (dx == 0 || dy == 0) {
                throw new InvalidCodestreamException("component " + c + " declares a zero sample separation");
            }
            components.add(new ComponentSize(precision, (ssiz & 0x80) != 0, dx, dy));
        }
        if (in.remaining() != 0) {
            throw new InvalidCodestreamException("SIZ length does not match its " + csiz + " components");
        }
        ImageAndTileSize siz = new ImageAndTileSize(rsiz, new Rect((int) xosiz, (int) yosiz, (int) xsiz, (int) ysiz),
                (int) xtsiz, (int) ytsiz, (int) xtosiz, (int) ytosiz, components);
        if ((long) siz.tilesWide() * siz.tilesHigh() > 65535) {
            throw new InvalidCodestreamException("SIZ declares " + (long) siz.tilesWide() * siz.tilesHigh()
                    + " tiles; tile indices are limited to 65535");
        }
        return siz;
    }
}
