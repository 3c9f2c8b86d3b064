package io.healthimaging.codec.dicom.charset;

import io.healthimaging.codec.dicom.VR;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The character repertoires a data set declares in Specific Character Set (0008,0005), turning the bytes of
 * text values into Java strings and back (PS3.5 6.1, PS3.3 C.12.1.1.2).
 *
 * <p>Three families: single-byte sets without code extensions (ISO_IR 100 ... ISO_IR 13, ISO_IR 166),
 * multi-byte sets without code extensions (ISO_IR 192 UTF-8, GB18030, GBK), and ISO 2022 code extensions
 * where escape sequences switch repertoires inside a value. With code extensions the designations fall
 * back to the initial ones at every value delimiter and line break, and in person names also at every
 * component ({@code ^}) and component group ({@code =}) delimiter.
 */
public final class SpecificCharacterSet {
    /** The default repertoire: ISO 646 (ASCII). */
    public static final SpecificCharacterSet DEFAULT =
            new SpecificCharacterSet(List.of(""), null, Designation.DEFAULT, List.of(Designation.DEFAULT), false);

    private static final Map<String, Designation> TERMS = termTable();
    private static final Map<String, Charset> WHOLE_VALUE_CHARSETS = Map.of(
            "ISO_IR 192", StandardCharsets.UTF_8,
            "GB18030", Charset.forName("GB18030"),
            "GBK", Charset.forName("GBK"));
    private static final byte ESC = 0x1B;

    private final List<String> terms;
    private final Charset wholeValueCharset;
    private final Designation initial;
    private final List<Designation> declared;
    private final boolean codeExtensions;

    private SpecificCharacterSet(List<String> terms, Charset wholeValueCharset, Designation initial,
            List<Designation> declared, boolean codeExtensions) {
        this.terms = terms;
        this.wholeValueCharset = wholeValueCharset;
        this.initial = initial;
        this.declared = declared;
        this.codeExtensions = codeExtensions;
    }

    /**
     * The character set the values of (0008,0005) declare. Unknown terms decode as the default repertoire
     * rather than failing: a data set with a misspelt term is still imported.
     */
    public static SpecificCharacterSet of(List<String> values) {
        if (values.isEmpty() || values.size() == 1 && values.get(0).isBlank()) {
            return DEFAULT;
        }
        List<String> normalized = new ArrayList<>();
        for (String value : values) {
            normalized.add(value.trim().toUpperCase(Locale.ROOT));
        }
        Charset whole = WHOLE_VALUE_CHARSETS.get(normalized.get(0));
        if (whole != null) {
            return new SpecificCharacterSet(List.copyOf(normalized), whole, Designation.DEFAULT,
                    List.of(Designation.DEFAULT), false);
        }
        List<Designation> declared = new ArrayList<>();
        for (String term : normalized) {
            declared.add(TERMS.getOrDefault(term, Designation.DEFAULT));
        }
        Designation first = declared.get(0);
        Designation initial = new Designation(
                first.g0() != null && first.g0().bytesPerChar() == 1 ? first.g0() : CodeElement.ASCII, first.g1());
        boolean extensions = normalized.size() > 1 || normalized.get(0).startsWith("ISO 2022");
        return new SpecificCharacterSet(List.copyOf(normalized), null, initial, List.copyOf(declared), extensions);
    }

    /** The defined terms as declared, upper case and trimmed. */
    public List<String> terms() {
        return terms;
    }

    public boolean usesCodeExtensions() {
        return codeExtensions;
    }

    /** Decodes a whole value (all its values and delimiters) of a VR that uses the specific character set. */
    public String decode(byte[] bytes, VR vr) {
        return decode(bytes, 0, bytes.length, vr);
    }

    public String decode(byte[] bytes, int offset, int length, VR vr) {
        if (wholeValueCharset != null) {
            return new String(bytes, offset, length, wholeValueCharset);
        }
        return new Iso2022Decoder(bytes, offset, length, vr == VR.PN).decode();
    }

    /**
     * Encodes text with the declared repertoires, inserting escape sequences where the value needs a
     * repertoire other than the one in effect.
     *
     * @throws IllegalArgumentException when a character is in none of the declared repertoires
     */
    public byte[] encode(String text, VR vr) {
        if (wholeValueCharset != null) {
            return text.getBytes(wholeValueCharset);
        }
        return new Iso2022Encoder(text, vr == VR.PN).encode();
    }

    @Override
    public String toString() {
        return String.join("\\", terms);
    }

    private static Map<String, Designation> termTable() {
        Map<String, Designation> terms = new HashMap<>();
        terms.put("", Designation.DEFAULT);
        addSingleByte(terms, "IR 6", null);
        addSingleByte(terms, "IR 100", CodeElement.LATIN_1);
        addSingleByte(terms, "IR 101", CodeElement.LATIN_2);
        addSingleByte(terms, "IR 109", CodeElement.LATIN_3);
        addSingleByte(terms, "IR 110", CodeElement.LATIN_4);
        addSingleByte(terms, "IR 144", CodeElement.CYRILLIC);
        addSingleByte(terms, "IR 127", CodeElement.ARABIC);
        addSingleByte(terms, "IR 126", CodeElement.GREEK);
        addSingleByte(terms, "IR 138", CodeElement.HEBREW);
        addSingleByte(terms, "IR 148", CodeElement.LATIN_5);
        addSingleByte(terms, "IR 203", CodeElement.LATIN_9);
        addSingleByte(terms, "IR 166", CodeElement.THAI);
        Designation japaneseSingleByte =
                new Designation(CodeElement.JIS_X0201_ROMAJI, CodeElement.JIS_X0201_KATAKANA);
        terms.put("ISO_IR 13", japaneseSingleByte);
        terms.put("ISO 2022 IR 13", japaneseSingleByte);
        terms.put("ISO 2022 IR 87", new Designation(CodeElement.JIS_X0208, null));
        terms.put("ISO 2022 IR 159", new Designation(CodeElement.JIS_X0212, null));
        terms.put("ISO 2022 IR 149", new Designation(null, CodeElement.KS_X1001));
        terms.put("ISO 2022 IR 58", new Designation(null, CodeElement.GB2312));
        return Map.copyOf(terms);
    }

    private static void addSingleByte(Map<String, Designation> terms, String ir, CodeElement g1) {
        Designation designation = new Designation(CodeElement.ASCII, g1);
        terms.put("ISO_" + ir, designation);
        terms.put("ISO 2022 " + ir, designation);
    }

    /** The sets invoked in G0 and G1; {@code null} where a term designates nothing. */
    record Designation(CodeElement g0, CodeElement g1) {
        static final Designation DEFAULT = new Designation(CodeElement.ASCII, null);
    }

    private static boolean resetsDesignations(int b, boolean personName) {
        return b == '\\' || b == '\r' || b == '\n' || b == '\f' || b == '\t'
                || personName && (b == '^' || b == '=');
    }

    private final class Iso2022Decoder {
        private final byte[] bytes;
        private final int end;
        private final boolean personName;
        private final StringBuilder out = new StringBuilder();
        private final java.io.ByteArrayOutputStream run = new java.io.ByteArrayOutputStream();
        private CodeElement runElement;
        private CodeElement g0 = initial.g0();
        private CodeElement g1 = initial.g1();
        private int pos;

        Iso2022Decoder(byte[] bytes, int offset, int length, boolean personName) {
            this.bytes = bytes;
            this.pos = offset;
            this.end = offset + length;
            this.personName = personName;
        }

        String decode() {
            while (pos < end) {
                int b = bytes[pos] & 0xFF;
                if (b == ESC && codeExtensions && designate()) {
                    continue;
                }
                CodeElement element = b < 0x80 ? g0 : g1;
                if (element == null || element.bytesPerChar() == 2 && !twoByteCharAt(pos)) {
                    // Not a character of the invoked set: keep the byte as the default repertoire reads it.
                    element = b < 0x80 ? CodeElement.ASCII : CodeElement.LATIN_1;
                }
                if (element == CodeElement.JIS_X0201_ROMAJI) {
                    element = CodeElement.ASCII;
                }
                if (element != runElement) {
                    flush();
                    runElement = element;
                }
                element.appendCharsetForm(bytes, pos, run);
                pos += element.bytesPerChar();
                if (element.bytesPerChar() == 1 && b < 0x80 && codeExtensions && resetsDesignations(b, personName)) {
                    g0 = initial.g0();
                    g1 = initial.g1();
                }
            }
            flush();
            return out.toString();
        }

        private boolean twoByteCharAt(int at) {
            if (at + 1 >= end) {
                return false;
            }
            int first = bytes[at] & 0x7F;
            int second = bytes[at + 1] & 0x7F;
            return first >= 0x21 && first <= 0x7E && second >= 0x21 && second <= 0x7E
                    && (bytes[at] & 0x80) == (bytes[at + 1] & 0x80);
        }

        /** Applies the escape sequence at {@code pos}, if it is one we know; returns whether it was. */
        private boolean designate() {
            for (CodeElement element : CodeElement.values()) {
                if (matches(element.escape())) {
                    pos += element.escape().length;
                    if (element.region() == CodeElement.Region.G0) {
                        g0 = element;
                    } else {
                        g1 = element;
                    }
                    return true;
                }
            }
            // ESC $ @ is the 1978 edition of JIS X 0208, still written by some Japanese systems.
            if (matches(new byte[] {ESC, '$', '@'})) {
                pos += 3;
                g0 = CodeElement.JIS_X0208;
                return true;
            }
            return false;
        }

        private boolean matches(byte[] sequence) {
            if (pos + sequence.length > end) {
                return false;
            }
            for (int i = 0; i < sequence.length; i++) {
                if (bytes[pos + i] != sequence[i]) {
                    return false;
                }
            }
            return true;
        }

        private void flush() {
            if (run.size() > 0) {
                out.append(new String(run.toByteArray(), runElement.charset()));
                run.reset();
            }
        }
    }

    private final class Iso2022Encoder {
        private final String text;
        private final boolean personName;
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        private CodeElement g0 = initial.g0();
        private CodeElement g1 = initial.g1();

        Iso2022Encoder(String text, boolean personName) {
            this.text = text;
            this.personName = personName;
        }

        byte[] encode() {
            int i = 0;
            while (i < text.length()) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                if (codePoint < 0x80) {
                    writeAscii(codePoint);
                } else {
                    writeExtended(codePoint);
                }
            }
            if (g0 != initial.g0()) {
                // A value ends in its initial G0 set, so that the next value starts where a reader expects.
                out.writeBytes(initial.g0().escape());
            }
            return out.toByteArray();
        }

        private void writeAscii(int c) {
            if (g0 != CodeElement.ASCII && g0 != CodeElement.JIS_X0201_ROMAJI) {
                out.writeBytes(initial.g0().escape());
                g0 = initial.g0();
            }
            out.write(c);
            if (codeExtensions && resetsDesignations(c, personName)) {
                g0 = initial.g0();
                g1 = initial.g1();
            }
        }

        private void writeExtended(int codePoint) {
            String character = new String(Character.toChars(codePoint));
            for (Designation designation : declared) {
                for (CodeElement element : new CodeElement[] {designation.g1(), designation.g0()}) {
                    if (element == null || element == CodeElement.ASCII || element == CodeElement.JIS_X0201_ROMAJI) {
                        continue;
                    }
                    byte[] stored = storedForm(element, character);
                    if (stored != null) {
                        invoke(element);
                        out.writeBytes(stored);
                        return;
                    }
                }
            }
            throw new IllegalArgumentException("character U+" + Integer.toHexString(codePoint).toUpperCase(Locale.ROOT)
                    + " is in none of the repertoires of " + SpecificCharacterSet.this);
        }

        private byte[] storedForm(CodeElement element, String character) {
            java.nio.charset.CharsetEncoder encoder = element.charset().newEncoder();
            if (!encoder.canEncode(character)) {
                return null;
            }
            return element.storedForm(character.getBytes(element.charset()));
        }

        private void invoke(CodeElement element) {
            if (element.region() == CodeElement.Region.G0 && g0 != element) {
                if (codeExtensions) {
                    out.writeBytes(element.escape());
                }
                g0 = element;
            } else if (element.region() == CodeElement.Region.G1 && g1 != element) {
                if (codeExtensions) {
                    out.writeBytes(element.escape());
                }
                g1 = element;
            }
        }
    }
}
