package io.healthimaging.codec.dicom;

import java.util.Optional;

/**
 * The transfer syntaxes HealthImaging imports (BEHAVIOUR.md §7.2) and serves. Each entry knows how its
 * data set is encoded and whether its Pixel Data is encapsulated.
 */
public enum TransferSyntax {
    IMPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2", false, false, false, false),
    EXPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2.1", true, false, false, false),
    DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2.1.99", true, false, true, false),
    EXPLICIT_VR_BIG_ENDIAN("1.2.840.10008.1.2.2", true, true, false, false),
    JPEG_BASELINE_8BIT("1.2.840.10008.1.2.4.50", true, false, false, true),
    JPEG_EXTENDED_12BIT("1.2.840.10008.1.2.4.51", true, false, false, true),
    JPEG_LOSSLESS("1.2.840.10008.1.2.4.57", true, false, false, true),
    JPEG_LOSSLESS_SV1("1.2.840.10008.1.2.4.70", true, false, false, true),
    JPEG_LS_LOSSLESS("1.2.840.10008.1.2.4.80", true, false, false, true),
    JPEG_LS_NEAR_LOSSLESS("1.2.840.10008.1.2.4.81", true, false, false, true),
    JPEG_2000_LOSSLESS("1.2.840.10008.1.2.4.90", true, false, false, true),
    JPEG_2000("1.2.840.10008.1.2.4.91", true, false, false, true),
    HTJ2K_LOSSLESS("1.2.840.10008.1.2.4.201", true, false, false, true),
    HTJ2K_LOSSLESS_RPCL("1.2.840.10008.1.2.4.202", true, false, false, true),
    HTJ2K("1.2.840.10008.1.2.4.203", true, false, false, true),
    RLE_LOSSLESS("1.2.840.10008.1.2.5", true, false, false, true);

    private final String uid;
    private final boolean explicitVr;
    private final boolean bigEndian;
    private final boolean deflated;
    private final boolean encapsulated;

    TransferSyntax(String uid, boolean explicitVr, boolean bigEndian, boolean deflated, boolean encapsulated) {
        this.uid = uid;
        this.explicitVr = explicitVr;
        this.bigEndian = bigEndian;
        this.deflated = deflated;
        this.encapsulated = encapsulated;
    }

    public String uid() {
        return uid;
    }

    public boolean explicitVr() {
        return explicitVr;
    }

    public boolean bigEndian() {
        return bigEndian;
    }

    public boolean deflated() {
        return deflated;
    }

    /** Pixel Data is a sequence of fragments rather than native samples. */
    public boolean encapsulated() {
        return encapsulated;
    }

    public static Optional<TransferSyntax> forUid(String uid) {
        for (TransferSyntax ts : values()) {
            if (ts.uid.equals(uid)) {
                return Optional.of(ts);
            }
        }
        return Optional.empty();
    }
}
