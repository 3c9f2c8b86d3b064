package io.healthimaging.codec.dicom.charset;

import java.nio.charset.Charset;

/**
 * One graphic character set that a Specific Character Set term can designate (PS3.3 C.12.1.1.2, PS3.5 6.1):
 * its ISO 2022 escape sequence, whether it is invoked in G0 (7-bit bytes) or G1 (bytes with the high bit
 * set), how many bytes encode one character, and the Java charset that decodes its bytes once they are put
 * in their EUC or 8-bit form.
 */
enum CodeElement {
    ASCII("(B", Region.G0, 1, "US-ASCII"),
    JIS_X0201_ROMAJI("(J", Region.G0, 1, "US-ASCII"),
    LATIN_1("-A", Region.G1, 1, "ISO-8859-1"),
    LATIN_2("-B", Region.G1, 1, "ISO-8859-2"),
    LATIN_3("-C", Region.G1, 1, "ISO-8859-3"),
    LATIN_4("-D", Region.G1, 1, "ISO-8859-4"),
    CYRILLIC("-L", Region.G1, 1, "ISO-8859-5"),
    ARABIC("-G", Region.G1, 1, "ISO-8859-6"),
    GREEK("-F", Region.G1, 1, "ISO-8859-7"),
    HEBREW("-H", Region.G1, 1, "ISO-8859-8"),
    LATIN_5("-M", Region.G1, 1, "ISO-8859-9"),
    LATIN_9("-b", Region.G1, 1, "ISO-8859-15"),
    THAI("-T", Region.G1, 1, "TIS-620"),
    JIS_X0201_KATAKANA(")I", Region.G1, 1, "JIS_X0201"),
    JIS_X0208("$B", Region.G0, 2, "EUC-JP"),
    JIS_X0212("$(D", Region.G0, 2, "EUC-JP"),
    KS_X1001("$)C", Region.G1, 2, "EUC-KR"),
    GB2312("$)A", Region.G1, 2, "GB2312");

    /** Which half of the 8-bit code table the set is invoked into. */
    enum Region { G0, G1 }

    private final byte[] escape;
    private final Region region;
    private final int bytesPerChar;
    private final String charsetName;
    private Charset charset;

    CodeElement(String escapeAfterEsc, Region region, int bytesPerChar, String charsetName) {
        this.escape = ("\u001B" + escapeAfterEsc).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        this.region = region;
        this.bytesPerChar = bytesPerChar;
        this.charsetName = charsetName;
    }

    /** The full escape sequence, ESC included. */
    byte[] escape() {
        return escape;
    }

    Region region() {
        return region;
    }

    int bytesPerChar() {
        return bytesPerChar;
    }

    /** Resolved on first use: most data sets never need the East Asian charsets. */
    Charset charset() {
        Charset resolved = charset;
        if (resolved == null) {
            resolved = Charset.forName(charsetName);
            charset = resolved;
        }
        return resolved;
    }

    /**
     * Appends one character, as stored in the data set at {@code stored[offset..]}, in the form
     * {@link #charset()} decodes: two-byte G0 sets are stored with the high bit clear and decode as EUC-JP,
     * where JIS X 0212 also takes a single-shift-3 prefix.
     */
    void appendCharsetForm(byte[] stored, int offset, java.io.ByteArrayOutputStream run) {
        if (this == JIS_X0212) {
            run.write(0x8F);
        }
        for (int i = 0; i < bytesPerChar; i++) {
            int b = stored[offset + i] & 0xFF;
            run.write(region == Region.G0 && bytesPerChar == 2 ? b | 0x80 : b);
        }
    }

    /**
     * The bytes to store for one character that {@link #charset()} encoded as {@code encoded}, or
     * {@code null} when that encoding is not a character of this set (EUC-JP, for example, also encodes
     * ASCII and half-width katakana).
     */
    byte[] storedForm(byte[] encoded) {
        if (this == JIS_X0212) {
            return encoded.length == 3 && (encoded[0] & 0xFF) == 0x8F
                    ? new byte[] {(byte) (encoded[1] & 0x7F), (byte) (encoded[2] & 0x7F)} : null;
        }
        if (encoded.length != bytesPerChar) {
            return null;
        }
        for (byte b : encoded) {
            if ((b & 0x80) == 0) {
                return null;
            }
        }
        if (region == Region.G0 && bytesPerChar == 2) {
            return new byte[] {(byte) (encoded[0] & 0x7F), (byte) (encoded[1] & 0x7F)};
        }
        return encoded;
    }
}
