package io.healthimaging.codec.pixel.colour;

import io.healthimaging.codec.dicom.TransferSyntax;
import io.healthimaging.codec.image.PixelDescription;
import io.healthimaging.codec.pixel.PixelDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.healthimaging.codec.pixel.reference.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StoredPhotometricTest {

    private static PixelDescription colour(String photometric) {
        return new PixelDescription(4, 4, 3, 8, 8, 7, false, photometric, 0, 1);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "EXPLICIT_VR_LITTLE_ENDIAN, YBR_FULL_422, YBR_FULL",
        "EXPLICIT_VR_BIG_ENDIAN, YBR_FULL, YBR_FULL",
        "IMPLICIT_VR_LITTLE_ENDIAN, RGB, RGB",
        "RLE_LOSSLESS, YBR_FULL, YBR_FULL",
        "JPEG_LOSSLESS_SV1, YBR_FULL, YBR_FULL",
        "JPEG_LS_NEAR_LOSSLESS, RGB, RGB",
        "JPEG_BASELINE_8BIT, YBR_FULL_422, RGB",
        "JPEG_BASELINE_8BIT, RGB, RGB",
        "JPEG_EXTENDED_12BIT, YBR_FULL, RGB",
        "JPEG_BASELINE_8BIT, YBR_PARTIAL_420, RGB",
        "JPEG_2000_LOSSLESS, YBR_RCT, RGB",
        "JPEG_2000, YBR_ICT, RGB",
        "JPEG_2000, YBR_FULL_422, YBR_FULL",
        "JPEG_2000_LOSSLESS, YBR_FULL, YBR_FULL",
        "HTJ2K_LOSSLESS, YBR_RCT, RGB",
        "HTJ2K, RGB, RGB",
    })
    void namesTheColourSpaceOfTheDecodedSamples(TransferSyntax ts, String photometric, String stored)
            throws PixelDataException {
        assertEquals(stored, StoredPhotometric.of(ts, colour(photometric)));
    }

    @ParameterizedTest
    @CsvSource({"MONOCHROME1", "MONOCHROME2", "PALETTE COLOR"})
    void keepsTheInterpretationOfSingleSampleImagesInEverySyntax(String photometric) throws PixelDataException {
        PixelDescription grey = new PixelDescription(4, 4, 1, 16, 12, 11, true, photometric, 0, 1);
        for (TransferSyntax ts : TransferSyntax.values()) {
            assertEquals(photometric, StoredPhotometric.of(ts, grey), ts.name());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "RLE_LOSSLESS, YBR_FULL_422",
        "JPEG_LS_LOSSLESS, YBR_FULL_422",
        "JPEG_LOSSLESS, YBR_RCT",
        "EXPLICIT_VR_LITTLE_ENDIAN, YBR_PARTIAL_422",
        "EXPLICIT_VR_LITTLE_ENDIAN, YBR_ICT",
        "JPEG_2000, YBR_PARTIAL_420",
        "JPEG_BASELINE_8BIT, HSV",
    })
    void refusesColourSpacesTheSyntaxDoesNotCarry(TransferSyntax ts, String photometric) {
        assertRefused(() -> StoredPhotometric.of(ts, colour(photometric)), "Photometric Interpretation "
                + photometric);
    }

    @Test
    void refusesAGreyInterpretationForThreeSamplesAndAColourOneForOne() {
        assertRefused(() -> StoredPhotometric.of(TransferSyntax.RLE_LOSSLESS, colour("MONOCHROME2")));
        PixelDescription oneSample = new PixelDescription(4, 4, 1, 8, 8, 7, false, "RGB", 0, 1);
        assertRefused(() -> StoredPhotometric.of(TransferSyntax.RLE_LOSSLESS, oneSample),
                "does not describe one sample per pixel");
    }

    @Test
    void labelsAnEncodedFrameWithTheReversibleColourTransformYbrRct() {
        assertEquals("YBR_RCT", StoredPhotometric.ofEncodedFrame("RGB", true));
        assertEquals("YBR_FULL", StoredPhotometric.ofEncodedFrame("YBR_FULL", false));
        assertThrows(IllegalArgumentException.class, () -> StoredPhotometric.ofEncodedFrame("YBR_FULL", true));
    }
}
