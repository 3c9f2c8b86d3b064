package io.healthimaging.codec.dicom;

/** Declares a transfer syntax outside the sixteen HealthImaging imports (BEHAVIOUR.md §7.2). */
public final class UnsupportedTransferSyntaxException extends DicomException {
    private static final long serialVersionUID = 1L;

    private final String uid;

    public UnsupportedTransferSyntaxException(String uid) {
        super("DICOM transfer syntax " + uid + " is not supported");
        this.uid = uid;
    }

    public String uid() {
        return uid;
    }
}
