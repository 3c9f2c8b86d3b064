package io.healthimaging.codec.dicom;

/** Has no Transfer Syntax UID (0002,0010): no file meta information, or a meta group without it. */
public final class MissingTransferSyntaxException extends DicomException {
    private static final long serialVersionUID = 1L;

    public static final String MESSAGE = "DICOM attribute TransferSyntaxUID does not exist";

    public MissingTransferSyntaxException() {
        super(MESSAGE);
    }
}
