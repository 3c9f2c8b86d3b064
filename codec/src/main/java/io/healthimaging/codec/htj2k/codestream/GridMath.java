package io.healthimaging.codec.htj2k.codestream;

/** The ceil/floor divisions of Annex B, exact for negative numerators and shifts up to 62. */
public final class GridMath {
    private GridMath() {
    }

    public static int ceilDiv(long value, long divisor) {
        return Math.toIntExact(-Math.floorDiv(-value, divisor));
    }

    public static int floorDiv(long value, long divisor) {
        return Math.toIntExact(Math.floorDiv(value, divisor));
    }

    public static int ceilShift(long value, int shift) {
        return ceilDiv(value, 1L << shift);
    }

    public static int floorShift(long value, int shift) {
        return floorDiv(value, 1L << shift);
    }

    /** floor(log2(value)) for value >= 1. */
    public static int floorLog2(int value) {
        return 31 - Integer.numberOfLeadingZeros(value);
    }
}
