package io.healthimaging.codec.dicom.charset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.healthimaging.codec.dicom.VR;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Decoding and encoding person names with ISO 2022 code extensions, checked on the PS3.5 Annex H and I examples. */
class SpecificCharacterSetTest {
    /** PS3.5 H.3.1: Japanese with JIS X 0208 ideographic and phonetic component groups. */
    private static final String YAMADA = "Yamada^Tarou=山田^太郎=やまだ^たろう";
    private static final byte[] YAMADA_BYTES = bytes(
            "Yamada^Tarou=", "\u001b$B;3ED\u001b(B^\u001b$BB@O:\u001b(B=\u001b$B$d$^$@\u001b(B^\u001b$B$?$m$&\u001b(B");
    /** PS3.5 I.2: Korean with KS X 1001 in G1, designated again after every delimiter. */
    private static final String HONG = "Hong^Gildong=洪^吉洞=홍^길동";
    private static final byte[] HONG_BYTES = concat(
            bytes("Hong^Gildong=\u001b$)C"), new byte[] {(byte) 0xFB, (byte) 0xF3},
            bytes("^\u001b$)C"), new byte[] {(byte) 0xD1, (byte) 0xCE, (byte) 0xD4, (byte) 0xD7},
            bytes("=\u001b$)C"), new byte[] {(byte) 0xC8, (byte) 0xAB},
            bytes("^\u001b$)C"), new byte[] {(byte) 0xB1, (byte) 0xE6, (byte) 0xB5, (byte) 0xBF});
    /** PS3.5 H.3.2: half-width katakana (ISO 2022 IR 13) first, JIS X 0201 romaji as the G0 set. */
    private static final String YAMADA_KATAKANA = "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう";
    private static final byte[] YAMADA_KATAKANA_BYTES = concat(
            new byte[] {(byte) 0xD4, (byte) 0xCF, (byte) 0xC0, (byte) 0xDE}, bytes("^"),
            new byte[] {(byte) 0xC0, (byte) 0xDB, (byte) 0xB3},
            bytes("=\u001b$B;3ED\u001b(J^\u001b$BB@O:\u001b(J=\u001b$B$d$^$@\u001b(J^\u001b$B$?$m$&\u001b(J"));

    private static final SpecificCharacterSet JAPANESE = SpecificCharacterSet.of(List.of("", "ISO 2022 IR 87"));
    private static final SpecificCharacterSet JAPANESE_KATAKANA =
            SpecificCharacterSet.of(List.of("ISO 2022 IR 13", "ISO 2022 IR 87"));
    private static final SpecificCharacterSet KOREAN = SpecificCharacterSet.of(List.of("", "ISO 2022 IR 149"));

    @Test
    void japanesePersonNameSwitchesRepertoirePerComponentGroup() {
        assertEquals(YAMADA, JAPANESE.decode(YAMADA_BYTES, VR.PN));
        assertArrayEquals(YAMADA_BYTES, JAPANESE.encode(YAMADA, VR.PN));
    }

    @Test
    void halfWidthKatakanaAndKanjiShareOneName() {
        assertEquals(YAMADA_KATAKANA, JAPANESE_KATAKANA.decode(YAMADA_KATAKANA_BYTES, VR.PN));
        assertArrayEquals(YAMADA_KATAKANA_BYTES, JAPANESE_KATAKANA.encode(YAMADA_KATAKANA, VR.PN));
    }

    @Test
    void koreanPersonNameDesignatesG1AfterEveryDelimiter() {
        assertEquals(HONG, KOREAN.decode(HONG_BYTES, VR.PN));
        assertArrayEquals(HONG_BYTES, KOREAN.encode(HONG, VR.PN));
    }

    @Test
    void singleByteSetsDecodeTheirUpperHalf() {
        byte[] jerome = {'B', 'u', 'c', '^', 'J', (byte) 0xE9, 'r', (byte) 0xF4, 'm', 'e'};
        assertEquals("Buc^Jérôme", SpecificCharacterSet.of(List.of("ISO_IR 100")).decode(jerome, VR.PN));
        byte[] greek = {(byte) 0xC4, (byte) 0xE9, (byte) 0xEF, (byte) 0xED, (byte) 0xF5, (byte) 0xF3, (byte) 0xE9,
            (byte) 0xEF, (byte) 0xF2};
        assertEquals("Διονυσιος", SpecificCharacterSet.of(List.of("ISO_IR 126")).decode(greek, VR.PN));
    }

    /** Neither pydicom 2.3 nor this dcmtk knows ISO_IR 203 (Latin-9): its table (ISO 8859-15) is the reference. */
    @Test
    void latin9HasTheEuroSignAndTheOeLigature() {
        SpecificCharacterSet latin9 = SpecificCharacterSet.of(List.of("ISO_IR 203"));
        byte[] text = {(byte) 0xBC, 'u', 'v', 'r', 'e', '^', (byte) 0xB4, 'i', (byte) 0xB8, 'e', 'k', ' ', (byte) 0xA4};
        assertEquals("Œuvre^Žižek €", latin9.decode(text, VR.PN));
        assertArrayEquals(text, latin9.encode("Œuvre^Žižek €", VR.PN));
    }

    @Test
    void withoutDeclarationTextIsTheDefaultRepertoire() {
        assertEquals(SpecificCharacterSet.DEFAULT, SpecificCharacterSet.of(List.of()));
        assertEquals(SpecificCharacterSet.DEFAULT, SpecificCharacterSet.of(List.of(" ")));
        assertEquals("DOE^JOHN", SpecificCharacterSet.DEFAULT.decode(bytes("DOE^JOHN"), VR.PN));
    }

    @Test
    void aCharacterOutsideTheDeclaredRepertoiresCannotBeEncoded() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> SpecificCharacterSet.of(List.of("ISO_IR 100")).encode("山田", VR.PN));
        assertEquals("character U+5C71 is in none of the repertoires of ISO_IR 100", failure.getMessage());
    }

    @Test
    void unknownEscapeSequencesStayInTheText() {
        byte[] text = bytes("A\u001b%GB");
        assertEquals("A\u001b%GB", JAPANESE.decode(text, VR.LO));
    }

    private static byte[] bytes(String... parts) {
        return String.join("", parts).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
