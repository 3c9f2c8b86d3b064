package io.healthimaging.codec.dicom.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.VR;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class DicomDictionaryTest {
    private final DicomDictionary dictionary = DicomDictionary.get();

    @Test
    void holdsThePs36Edition2022bEntries() {
        assertTrue(dictionary.size() > 4900, "entries: " + dictionary.size());
        DictionaryEntry name = dictionary.lookup(Tag.of(0x0010, 0x0010)).orElseThrow();
        assertEquals(new DictionaryEntry(0x00100010, "PatientName", "PN", "1", false), name);
        assertEquals(VR.PN, name.vr());
    }

    @Test
    void repeatingGroupsAndElementRangesMatchEveryMember() {
        assertEquals("OverlayData", dictionary.keyword(Tag.of(0x6002, 0x3000)));
        assertEquals("OverlayRows", dictionary.keyword(Tag.of(0x60FE, 0x0010)));
        assertEquals("CurveData", dictionary.keyword(Tag.of(0x5010, 0x3000)));
        assertEquals("SourceImageIDs", dictionary.keyword(Tag.of(0x0020, 0x31AB)));
    }

    @Test
    void retiredAttributesKeepTheirKeywordWithoutPrefix() {
        DictionaryEntry entry = dictionary.lookup(Tag.of(0x0028, 0x0040)).orElseThrow();
        assertEquals("ImageFormat", entry.keyword());
        assertTrue(entry.retired());
    }

    @Test
    void ambiguousVrsReadAsPs36WritesThem() {
        DictionaryEntry pixelData = dictionary.lookup(Tag.PIXEL_DATA).orElseThrow();
        assertEquals("OB or OW", pixelData.vrs());
        assertTrue(pixelData.ambiguousVr());
        assertEquals(VR.OW, pixelData.vr());
        assertEquals("US or SS", dictionary.lookup(Tag.of(0x0028, 0x0108)).orElseThrow().vrs());
        assertEquals(VR.UL, dictionary.lookup(Tag.of(0x0004, 0x1200)).orElseThrow().vr());
    }

    @Test
    void valueMultiplicityTellsWhetherValuesAreAList() {
        assertTrue(dictionary.lookup(Tag.of(0x0008, 0x0008)).orElseThrow().multiValued());
        assertTrue(dictionary.lookup(Tag.of(0x0020, 0x0032)).orElseThrow().multiValued());
        assertFalse(dictionary.lookup(Tag.of(0x0028, 0x1053)).orElseThrow().multiValued());
    }

    @Test
    void keywordsLeadBackToTheirTags() {
        assertEquals(OptionalInt.of(Tag.STUDY_INSTANCE_UID), dictionary.tag("StudyInstanceUID"));
        assertEquals(OptionalInt.of(Tag.of(0x6000, 0x3000)), dictionary.tag("OverlayData"));
        assertEquals(OptionalInt.empty(), dictionary.tag("NoSuchKeyword"));
    }

    @Test
    void privateAndUnknownTagsAreNotInTheDictionary() {
        assertTrue(dictionary.lookup(Tag.of(0x0009, 0x1001)).isEmpty());
        assertTrue(dictionary.lookup(Tag.of(0x6001, 0x3000)).isEmpty());
        assertTrue(dictionary.lookup(Tag.of(0x0008, 0x0002)).isEmpty());
    }
}
