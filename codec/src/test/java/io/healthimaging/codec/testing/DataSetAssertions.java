package io.healthimaging.codec.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.DicomElement;
import io.healthimaging.codec.dicom.Tag;

import java.util.Arrays;
import java.util.List;

/** Compares data sets element by element, nested items and fragments included. */
public final class DataSetAssertions {
    private DataSetAssertions() {
    }

    /**
     * Same tags, VRs and values everywhere. Group lengths are left out (a writer recomputes them), and a
     * value may have gained the one padding byte that makes an odd length even.
     */
    public static void assertSameElements(DataSet expected, DataSet actual, String where) {
        List<DicomElement> a = expected.elements().stream().filter(e -> !Tag.isGroupLength(e.tag())).toList();
        List<DicomElement> b = actual.elements().stream().filter(e -> !Tag.isGroupLength(e.tag())).toList();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            assertSameElement(a.get(i), b.get(i), where);
        }
        assertEquals(a.size(), b.size(), where + ": element count");
    }

    private static void assertSameElement(DicomElement expected, DicomElement actual, String where) {
        String at = where + " " + Tag.toString(expected.tag());
        assertEquals(Tag.toString(expected.tag()), Tag.toString(actual.tag()), where);
        if (expected.isBulkData()) {
            // Pixel Data left in the file: its frames are compared on their own, and a writer picks its VR.
            assertEquals(true, actual.isBulkData(), at + " bulk data");
            return;
        }
        assertEquals(expected.vr(), actual.vr(), at + " VR");
        if (expected.isSequence()) {
            assertEquals(expected.items().size(), actual.items().size(), at + " items");
            for (int i = 0; i < expected.items().size(); i++) {
                assertSameElements(expected.items().get(i), actual.items().get(i), at + " item " + i);
            }
        } else if (expected.isFragments()) {
            assertEquals(expected.fragments().size(), actual.fragments().size(), at + " fragments");
            for (int i = 0; i < expected.fragments().size(); i++) {
                assertPaddedEquals(expected.fragments().get(i), actual.fragments().get(i), at + " fragment " + i);
            }
        } else {
            assertPaddedEquals(expected.bytes(), actual.bytes(), at);
        }
    }

    private static void assertPaddedEquals(byte[] expected, byte[] actual, String at) {
        boolean same = Arrays.equals(expected, actual)
                || expected.length % 2 == 1 && actual.length == expected.length + 1
                && Arrays.equals(expected, Arrays.copyOf(actual, expected.length));
        if (!same) {
            fail(at + ": value differs: " + Arrays.toString(expected) + " vs " + Arrays.toString(actual));
        }
    }
}
