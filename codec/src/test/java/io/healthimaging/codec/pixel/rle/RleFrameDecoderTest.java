package io.healthimaging.codec.pixel.rle;

import io.healthimaging.codec.image.PixelDescription;
import io.healthimaging.codec.pixel.PixelDataException;
import io.healthimaging.codec.pixel.reference.Conversion;
import io.healthimaging.codec.pixel.reference.CrossCheck;
import io.healthimaging.codec.pixel.reference.Pydicom;
import io.healthimaging.codec.pixel.reference.ReferenceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.healthimaging.codec.pixel.reference.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class RleFrameDecoderTest {
    private static final Path WORK = Path.of("target/pixel-tests/rle");
    private static final List<String> DCMDRLE = List.of("dcmdrle", "{in}", "{out}");
    private static final PixelDescription GREY_8 = new PixelDescription(2, 2, 1, 8, 8, 7, false, "MONOCHROME2", 0, 1);
    private static Map<String, CrossCheck.Prepared> prepared;

    static List<Conversion> conversions() {
        Path sources = WORK.resolve("sources");
        List<Conversion> cases = new ArrayList<>(Conversion.pydicomFiles(List.of("MR_small_RLE.dcm", "SC_rgb_rle.dcm",
                "SC_rgb_rle_16bit.dcm", "SC_rgb_rle_16bit_2frame.dcm", "SC_rgb_rle_2frame.dcm", "SC_rgb_rle_32bit.dcm",
                "SC_rgb_rle_32bit_2frame.dcm", "rtdose_rle.dcm", "rtdose_rle_1frame.dcm"),
                DCMDRLE.toArray(String[]::new)));
        List<String> dcmcrle = List.of("dcmcrle", "{in}", "{out}");
        List<String> gdcmRle = List.of("gdcmconv", "--rle", "{in}", "{out}");
        String[] gdcmRaw = {"gdcmconv", "--raw", "{in}", "{out}"};
        cases.add(Conversion.encoded("dcmcrle-8-mono", Pydicom.synthetic(sources, 33, 47, 1, 8, 8, false,
                "MONOCHROME2", 0, 1), dcmcrle, DCMDRLE.toArray(String[]::new)));
        cases.add(Conversion.encoded("dcmcrle-12-of-16-signed", Pydicom.synthetic(sources, 29, 31, 1, 16, 12, true,
                "MONOCHROME2", 0, 2), dcmcrle, DCMDRLE.toArray(String[]::new)));
        cases.add(Conversion.encoded("dcmcrle-32-signed", Pydicom.synthetic(sources, 13, 9, 1, 32, 32, true,
                "MONOCHROME2", 0, 1), dcmcrle, DCMDRLE.toArray(String[]::new)));
        cases.add(Conversion.encoded("dcmcrle-rgb16-planar", Pydicom.synthetic(sources, 21, 19, 3, 16, 16, false,
                "RGB", 1, 1), dcmcrle, DCMDRLE.toArray(String[]::new)));
        cases.add(Conversion.encoded("dcmcrle-ybr-full-3-frames", Pydicom.synthetic(sources, 16, 24, 3, 8, 8, false,
                "YBR_FULL", 0, 3), dcmcrle, DCMDRLE.toArray(String[]::new)));
        cases.add(Conversion.encoded("gdcm-rle-16-signed", Pydicom.synthetic(sources, 40, 35, 1, 16, 16, true,
                "MONOCHROME2", 0, 1), gdcmRle, gdcmRaw));
        cases.add(Conversion.encoded("gdcm-rle-rgb8", Pydicom.synthetic(sources, 27, 30, 3, 8, 8, false,
                "RGB", 0, 2), gdcmRle, gdcmRaw));
        return cases;
    }

    @BeforeAll
    static void prepare() {
        prepared = ReferenceTest.prepare(WORK, conversions());
    }

    @ParameterizedTest
    @MethodSource("conversions")
    void decodesEveryFrameExactlyAsTheReferenceDecoder(Conversion conversion) throws PixelDataException {
        ReferenceTest.assertDecodesLikeReference(prepared.get(conversion.name()), 0);
    }

    /** A 2 x 2 8-bit frame: header, then one segment holding a literal run of four bytes. */
    private static byte[] frame(int segments, int firstOffset, byte... segment) {
        ByteBuffer b = ByteBuffer.allocate(64 + segment.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(segments).putInt(firstOffset);
        b.position(64);
        b.put(segment);
        return b.array();
    }

    @Test
    void decodesALiteralRunAndAReplicateRun() throws PixelDataException {
        byte[] frame = frame(1, 64, (byte) 1, (byte) 7, (byte) 9, (byte) -1, (byte) 200);
        int[] samples = new RleFrameDecoder().decode(frame, GREY_8).plane(0);
        assertArrayEquals(new int[] {7, 9, 200, 200}, samples);
    }

    @Test
    void refusesAHeaderDeclaringTheWrongNumberOfSegments() {
        byte[] frame = frame(3, 64, (byte) 3, (byte) 1, (byte) 2, (byte) 3, (byte) 4);
        assertRefused(() -> new RleFrameDecoder().decode(frame, GREY_8), "declares 3 segments", "need 1");
    }

    @Test
    void refusesASegmentOffsetOutsideTheFrame() {
        byte[] frame = frame(1, 900, (byte) 3, (byte) 1, (byte) 2, (byte) 3, (byte) 4);
        assertRefused(() -> new RleFrameDecoder().decode(frame, GREY_8), "segment 1 offset 900");
    }

    @Test
    void refusesASegmentThatDecodesToTooFewBytes() {
        byte[] frame = frame(1, 64, (byte) 1, (byte) 1, (byte) 2, (byte) -128, (byte) -128);
        assertRefused(() -> new RleFrameDecoder().decode(frame, GREY_8), "decodes to 2 bytes, 4 expected");
    }

    @Test
    void refusesALiteralRunCutShortByTheEndOfTheFrame() {
        byte[] frame = frame(1, 64, (byte) 3, (byte) 1, (byte) 2);
        assertRefused(() -> new RleFrameDecoder().decode(frame, GREY_8), "ends inside a literal run");
    }

    @Test
    void refusesAFrameTooShortForItsSegmentsBeforeAllocating() {
        PixelDescription huge = new PixelDescription(16384, 16384, 1, 8, 8, 7, false, "MONOCHROME2", 0, 1);
        byte[] frame = Arrays.copyOf(frame(1, 64, (byte) -127, (byte) 0), 80);
        assertRefused(() -> new RleFrameDecoder().decode(frame, huge), "cannot hold 1 segments");
    }
}
