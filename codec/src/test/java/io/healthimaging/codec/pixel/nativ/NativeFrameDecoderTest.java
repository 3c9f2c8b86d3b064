package io.healthimaging.codec.pixel.nativ;

import io.healthimaging.codec.image.PixelDescription;
import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.pixel.PixelDataException;
import io.healthimaging.codec.pixel.PixelDecoders;
import io.healthimaging.codec.pixel.colour.StoredPhotometric;
import io.healthimaging.codec.pixel.reference.DumpedFile;
import io.healthimaging.codec.pixel.reference.Pydicom;
import io.healthimaging.codec.pixel.reference.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.healthimaging.codec.pixel.reference.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NativeFrameDecoderTest {
    private static final Path WORK = Path.of("target/pixel-tests/native");
    private static final Map<String, DumpedFile> FILES = new LinkedHashMap<>();

    static List<String> files() {
        List<String> names = new ArrayList<>(List.of("CT_small.dcm", "MR_small.dcm", "MR_small_implicit.dcm",
                "MR_small_bigendian.dcm", "MR_small_expb.dcm", "ExplVR_BigEnd.dcm", "SC_rgb_small_odd.dcm",
                "SC_ybr_full_422_uncompressed.dcm", "liver_1frame.dcm", "liver_expb_1frame.dcm", "rtdose.dcm",
                "rtdose_expb.dcm", "image_dfl.dcm", "SC_rgb_jpeg_dcmd.dcm"));
        names.addAll(List.of("synthetic-12-signed", "synthetic-10-unsigned", "synthetic-6-of-8",
                "synthetic-24-of-32-signed", "synthetic-rgb16-planar", "synthetic-rgb8-planar-3-frames"));
        return names;
    }

    @BeforeAll
    static void readFiles() {
        Path in = WORK.resolve("sources");
        List<Path> paths = new ArrayList<>();
        for (String name : files()) {
            paths.add(switch (name) {
                case "synthetic-12-signed" -> Pydicom.synthetic(in, 41, 23, 1, 16, 12, true, "MONOCHROME2", 0, 2);
                case "synthetic-10-unsigned" -> Pydicom.synthetic(in, 17, 31, 1, 16, 10, false, "MONOCHROME1", 0, 1);
                case "synthetic-6-of-8" -> Pydicom.synthetic(in, 9, 13, 1, 8, 6, false, "MONOCHROME2", 0, 1);
                case "synthetic-24-of-32-signed" -> Pydicom.synthetic(in, 12, 7, 1, 32, 24, true, "MONOCHROME2", 0, 1);
                case "synthetic-rgb16-planar" -> Pydicom.synthetic(in, 15, 11, 3, 16, 16, false, "RGB", 1, 1);
                case "synthetic-rgb8-planar-3-frames" -> Pydicom.synthetic(in, 8, 5, 3, 8, 8, false, "RGB", 1, 3);
                default -> Pydicom.TEST_FILES.resolve(name);
            });
        }
        List<DumpedFile> dumped = Pydicom.dump(WORK, paths);
        for (int i = 0; i < paths.size(); i++) {
            FILES.put(files().get(i), dumped.get(i));
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void decodesEveryFrameToTheSamplesPydicomReads(String name) throws PixelDataException {
        DumpedFile file = FILES.get(name);
        for (int n = 0; n < file.frames().size(); n++) {
            SampleImage decoded = PixelDecoders.forTransferSyntax(file.transferSyntax())
                    .decode(file.frames().get(n), file.description());
            Samples.assertSame(file.samples().get(n), decoded, name + " frame " + n);
        }
    }

    @Test
    void expandsYbrFull422PixelPairsToFullChromaLabelledYbrFull() throws PixelDataException {
        DumpedFile file = FILES.get("SC_ybr_full_422_uncompressed.dcm");
        assertEquals("YBR_FULL", StoredPhotometric.of(file.transferSyntax(), file.description()));
        SampleImage image = new NativeFrameDecoder().decode(file.frames().get(0), file.description());
        assertEquals(image.get(1, 0, 0), image.get(1, 1, 0), "a pair of pixels shares its Cb");
        assertEquals(image.get(2, 98, 5), image.get(2, 99, 5), "a pair of pixels shares its Cr");
    }

    @Test
    void cutsTheSampleBelowAHighBitAboveBitsStoredAndSignExtendsIt() throws PixelDataException {
        // Bits Stored 4 at High Bit 5: cell bits 2..5 hold the sample; bits 0, 1, 6, 7 are not pixel data.
        PixelDescription d = new PixelDescription(1, 3, 1, 8, 4, 5, true, "MONOCHROME2", 0, 1);
        byte[] frame = {(byte) 0b1101_1011, (byte) 0b0001_1100, (byte) 0b1010_0011};
        SampleImage image = new NativeFrameDecoder().decode(frame, d);
        assertArrayEquals(new int[] {0b0110, 0b0111, -0b1000}, image.plane(0));
        assertEquals(4, image.bitDepth());
    }

    @Test
    void refusesAFrameShorterThanItsAttributesNeed() {
        PixelDescription d = new PixelDescription(4, 4, 1, 16, 16, 15, false, "MONOCHROME2", 0, 1);
        assertRefused(() -> new NativeFrameDecoder().decode(new byte[31], d), "holds 31 bytes", "need 32");
    }

    @Test
    void refusesYbrFull422WithAnOddNumberOfColumns() {
        PixelDescription d = new PixelDescription(2, 3, 3, 8, 8, 7, false, "YBR_FULL_422", 0, 1);
        assertRefused(() -> new NativeFrameDecoder().decode(new byte[12], d), "even number of Columns");
    }

    @Test
    void refusesBitsAllocatedItCannotCutIntoCells() {
        PixelDescription d = new PixelDescription(2, 2, 1, 12, 12, 11, false, "MONOCHROME2", 0, 1);
        assertRefused(() -> new NativeFrameDecoder().decode(new byte[6], d), "Bits Allocated 12 is not supported");
    }
}
