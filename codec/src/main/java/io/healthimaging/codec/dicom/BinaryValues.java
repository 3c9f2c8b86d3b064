package io.healthimaging.codec.dicom;

/**
 * Reads the values of binary VRs from little-endian value bytes (the form {@link DicomElement} keeps).
 * Integers widen to {@code long} so that unsigned 32-bit values keep their sign; UV values above
 * {@link Long#MAX_VALUE} come out negative, as Java's unsigned long convention has it.
 */
public final class BinaryValues {
    private BinaryValues() {
    }

    /** Number of whole values of this VR that {@code length} bytes hold. */
    public static int count(VR vr, int length) {
        return length / width(vr);
    }

    /** Bytes per value of a binary numeric or tag VR. */
    public static int width(VR vr) {
        switch (vr) {
            case US:
            case SS:
            case OW:
                return 2;
            case UL:
            case SL:
            case FL:
            case AT:
            case OF:
            case OL:
                return 4;
            case FD:
            case UV:
            case SV:
            case OD:
            case OV:
                return 8;
            default:
                return 1;
        }
    }

    /** The {@code index}-th integer value of a US, SS, UL, SL, UV, SV or AT element. */
    public static long integer(VR vr, byte[] bytes, int index) {
        int at = index * width(vr);
        switch (vr) {
            case US:
            case OW:
                return u16(bytes, at);
            case SS:
                return (short) u16(bytes, at);
            case UL:
            case OL:
                return u32(bytes, at);
            case SL:
                return (int) u32(bytes, at);
            case AT:
                return (u16(bytes, at) << 16) | u16(bytes, at + 2);
            case UV:
            case SV:
            case OV:
                return u32(bytes, at) | (u32(bytes, at + 4) << 32);
            default:
                throw new IllegalArgumentException(vr + " does not hold integers");
        }
    }

    /** The {@code index}-th value of an FL, FD, OF or OD element. */
    public static double floating(VR vr, byte[] bytes, int index) {
        int at = index * width(vr);
        if (vr == VR.FL || vr == VR.OF) {
            return Float.intBitsToFloat((int) u32(bytes, at));
        }
        if (vr == VR.FD || vr == VR.OD) {
            return Double.longBitsToDouble(u32(bytes, at) | (u32(bytes, at + 4) << 32));
        }
        throw new IllegalArgumentException(vr + " does not hold floating point numbers");
    }

    public static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    public static long u32(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16
                | (long) (bytes[at + 3] & 0xFF) << 24);
    }

    /** Little-endian bytes of 16-bit values. */
    public static byte[] ofU16(int... values) {
        byte[] bytes = new byte[values.length * 2];
        for (int i = 0; i < values.length; i++) {
            bytes[2 * i] = (byte) values[i];
            bytes[2 * i + 1] = (byte) (values[i] >>> 8);
        }
        return bytes;
    }

    /** Little-endian bytes of 32-bit values. */
    public static byte[] ofU32(long... values) {
        return littleEndian(4, values);
    }

    /** Little-endian bytes of 64-bit values. */
    public static byte[] ofU64(long... values) {
        return littleEndian(8, values);
    }

    private static byte[] littleEndian(int width, long[] values) {
        byte[] bytes = new byte[values.length * width];
        for (int i = 0; i < values.length; i++) {
            for (int b = 0; b < width; b++) {
                bytes[width * i + b] = (byte) (values[i] >>> (8 * b));
            }
        }
        return bytes;
    }

    /** Reverses the byte order of every {@code unit}-byte group of {@code bytes[offset..offset+length)}. */
    public static void swap(byte[] bytes, int offset, int length, int unit) {
        if (unit <= 1) {
            return;
        }
        int end = offset + length - length % unit;
        for (int at = offset; at < end; at += unit) {
            for (int lo = at, hi = at + unit - 1; lo < hi; lo++, hi--) {
                byte t = bytes[lo];
                bytes[lo] = bytes[hi];
                bytes[hi] = t;
            }
        }
    }
}
