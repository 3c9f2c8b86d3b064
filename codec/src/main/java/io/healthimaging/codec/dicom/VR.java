package io.healthimaging.codec.dicom;

/**
 * Value Representations (PS3.5 6.2), with what encoding and decoding need to know about each: the size of
 * its explicit-VR length field, how its bytes turn into values, which byte units swap between byte orders,
 * and which byte pads an odd-length value.
 */
public enum VR {
    AE(Kind.STRINGS, false, 1),
    AS(Kind.STRINGS, false, 1),
    AT(Kind.TAGS, false, 2),
    CS(Kind.STRINGS, false, 1),
    DA(Kind.STRINGS, false, 1),
    DS(Kind.STRINGS, false, 1),
    DT(Kind.STRINGS, false, 1),
    FD(Kind.NUMBERS, false, 8),
    FL(Kind.NUMBERS, false, 4),
    IS(Kind.STRINGS, false, 1),
    LO(Kind.STRINGS, false, 1),
    LT(Kind.TEXT, false, 1),
    OB(Kind.BYTES, true, 1),
    OD(Kind.BYTES, true, 8),
    OF(Kind.BYTES, true, 4),
    OL(Kind.BYTES, true, 4),
    OV(Kind.BYTES, true, 8),
    OW(Kind.BYTES, true, 2),
    PN(Kind.STRINGS, false, 1),
    SH(Kind.STRINGS, false, 1),
    SL(Kind.NUMBERS, false, 4),
    SQ(Kind.SEQUENCE, true, 1),
    SS(Kind.NUMBERS, false, 2),
    ST(Kind.TEXT, false, 1),
    SV(Kind.NUMBERS, true, 8),
    TM(Kind.STRINGS, false, 1),
    UC(Kind.STRINGS, true, 1),
    UI(Kind.STRINGS, false, 1),
    UL(Kind.NUMBERS, false, 4),
    UN(Kind.BYTES, true, 1),
    UR(Kind.TEXT, true, 1),
    US(Kind.NUMBERS, false, 2),
    UT(Kind.TEXT, true, 1),
    UV(Kind.NUMBERS, true, 8);

    /** How the bytes of a value are interpreted. */
    public enum Kind {
        /** Character strings that may hold several values separated by a backslash. */
        STRINGS,
        /** A single character string in which a backslash is an ordinary character. */
        TEXT,
        /** Binary integers or floating point numbers. */
        NUMBERS,
        /** Attribute tags: pairs of 16-bit group and element numbers. */
        TAGS,
        /** Opaque bytes or words. */
        BYTES,
        /** Items holding nested data sets. */
        SEQUENCE
    }

    private static final VR[] BY_CODE = new VR[26 * 26];

    static {
        for (VR vr : values()) {
            String name = vr.name();
            BY_CODE[(name.charAt(0) - 'A') * 26 + name.charAt(1) - 'A'] = vr;
        }
    }

    private final Kind kind;
    private final boolean longLength;
    private final int swapUnit;

    VR(Kind kind, boolean longLength, int swapUnit) {
        this.kind = kind;
        this.longLength = longLength;
        this.swapUnit = swapUnit;
    }

    /** The VR whose two-character code these bytes are, or {@code null} when they are not one. */
    public static VR forCode(int first, int second) {
        if (first < 'A' || first > 'Z' || second < 'A' || second > 'Z') {
            return null;
        }
        return BY_CODE[(first - 'A') * 26 + second - 'A'];
    }

    public static VR forCode(String code) {
        VR vr = code.length() == 2 ? forCode(code.charAt(0), code.charAt(1)) : null;
        if (vr == null) {
            throw new IllegalArgumentException("not a DICOM VR: " + code);
        }
        return vr;
    }

    public Kind kind() {
        return kind;
    }

    /** In explicit VR encoding this VR has two reserved bytes and a 32-bit length rather than a 16-bit one. */
    public boolean longLength() {
        return longLength;
    }

    /** Bytes in one unit that reverses between little- and big-endian encoding (1: nothing swaps). */
    public int swapUnit() {
        return swapUnit;
    }

    /** Text whose bytes depend on Specific Character Set (0008,0005); all others use the default repertoire. */
    public boolean usesSpecificCharacterSet() {
        return this == SH || this == LO || this == ST || this == LT || this == UC || this == UT || this == PN;
    }

    /** Odd-length values are padded with this byte: NUL for UIDs and binary data, a space for text. */
    public byte paddingByte() {
        return (kind == Kind.STRINGS || kind == Kind.TEXT) && this != UI ? (byte) ' ' : 0;
    }

    public boolean isText() {
        return kind == Kind.STRINGS || kind == Kind.TEXT;
    }
}
