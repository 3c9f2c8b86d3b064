package io.healthimaging.codec.htj2k.codestream;

/** A half-open rectangle [x0, x1) x [y0, y1) on some integer grid (reference grid, tile-component, band). */
public record Rect(int x0, int y0, int x1, int y1) {

    public int width() {
        return x1 - x0;
    }

    public int height() {
        return y1 - y0;
    }

    public boolean isEmpty() {
        return x1 <= x0 || y1 <= y0;
    }

    public long area() {
        return isEmpty() ? 0 : (long) width() * height();
    }

    public Rect intersect(Rect other) {
        return new Rect(Math.max(x0, other.x0), Math.max(y0, other.y0),
                Math.min(x1, other.x1), Math.min(y1, other.y1));
    }

    /** The rectangle seen on a grid {@code 2^shift} times coarser: ceil of each coordinate. */
    public Rect reduce(int shift) {
        return new Rect(GridMath.ceilShift(x0, shift), GridMath.ceilShift(y0, shift),
                GridMath.ceilShift(x1, shift), GridMath.ceilShift(y1, shift));
    }
}
