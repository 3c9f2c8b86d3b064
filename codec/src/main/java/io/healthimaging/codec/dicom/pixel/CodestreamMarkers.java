package io.healthimaging.codec.dicom.pixel;

/**
 * Recognises the first bytes of a compressed frame, to find where frames start among fragments when no
 * offset table says so.
 */
public final class CodestreamMarkers {
    /** Bytes {@link #startsCodestream} looks at. */
    public static final int PREFIX_LENGTH = 8;

    private CodestreamMarkers() {
    }

    /**
     * JPEG and JPEG-LS start with SOI (FFD8), a JPEG 2000 or HTJ2K codestream with SOC and SIZ (FF4F FF51),
     * a JP2 file with its signature box.
     */
    public static boolean startsCodestream(byte[] prefix, int length) {
        if (length >= 2 && (prefix[0] & 0xFF) == 0xFF && (prefix[1] & 0xFF) == 0xD8) {
            return true;
        }
        if (length >= 4 && (prefix[0] & 0xFF) == 0xFF && (prefix[1] & 0xFF) == 0x4F
                && (prefix[2] & 0xFF) == 0xFF && (prefix[3] & 0xFF) == 0x51) {
            return true;
        }
        return length >= 8 && prefix[0] == 0 && prefix[1] == 0 && prefix[2] == 0 && prefix[3] == 0x0C
                && prefix[4] == 'j' && prefix[5] == 'P' && prefix[6] == ' ' && prefix[7] == ' ';
    }
}
