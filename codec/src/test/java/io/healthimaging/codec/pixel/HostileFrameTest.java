package io.healthimaging.codec.pixel;

import io.healthimaging.codec.dicom.TransferSyntax;
import io.healthimaging.codec.image.PixelDescription;
import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.pixel.reference.Conversion;
import io.healthimaging.codec.pixel.reference.CrossCheck;
import io.healthimaging.codec.pixel.reference.DumpedFile;
import io.healthimaging.codec.pixel.reference.Pydicom;
import io.healthimaging.codec.pixel.reference.ReferenceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.healthimaging.codec.pixel.reference.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Corrupt, truncated and hostile frames of every compressed syntax: decoding either yields an image of the
 * described geometry or fails with a {@link PixelDataException}; never another exception, a hang or a huge
 * allocation. The timeout only guards against hangs.
 */
@Timeout(120)
class HostileFrameTest {
    private static final Path WORK = Path.of("target/pixel-tests/hostile");
    private static final Map<String, DumpedFile> VALID = new LinkedHashMap<>();

    static List<String> frames() {
        return List.copyOf(VALID.keySet());
    }

    @BeforeAll
    static void prepare() {
        Path sources = WORK.resolve("sources");
        Path rgb = Pydicom.synthetic(sources, 24, 33, 3, 8, 8, false, "RGB", 0, 1);
        Path grey = Pydicom.synthetic(sources, 30, 21, 1, 16, 12, true, "MONOCHROME2", 0, 1);
        Path unsignedGrey = Pydicom.synthetic(sources, 30, 21, 1, 16, 12, false, "MONOCHROME2", 0, 1);
        List<Conversion> conversions = List.of(
                Conversion.existing(Pydicom.TEST_FILES.resolve("SC_rgb_rle_16bit.dcm"), "dcmdrle", "{in}", "{out}"),
                Conversion.existing(Pydicom.TEST_FILES.resolve("JPEG-lossy.dcm"), "dcmdjpeg", "{in}", "{out}"),
                Conversion.existing(Pydicom.TEST_FILES.resolve("SC_rgb_dcmtk_+eb+cy+n1.dcm"), "dcmdjpeg", "{in}",
                        "{out}"),
                Conversion.encoded("jpeg-lossless-restarts-free", grey, List.of("dcmcjpeg", "+el", "+sv", "4",
                        "{in}", "{out}"), "dcmdjpeg", "{in}", "{out}"),
                Conversion.encoded("jpeg-ls-sample-interleaved", rgb, List.of("dcmcjpls", "+is", "{in}", "{out}"),
                        "dcmdjpls", "{in}", "{out}"),
                Conversion.encoded("jpeg-ls-near", grey, List.of("gdcmconv", "--jpegls", "-e", "3", "{in}",
                        "{out}"), "dcmdjpls", "{in}", "{out}"),
                Conversion.existing(Pydicom.TEST_FILES.resolve("MR_small_jp2klossless.dcm"), "gdcmconv", "--raw",
                        "{in}", "{out}"),
                Conversion.encoded("jpeg-2000-ict-tiles", rgb, List.of("/usr/bin/python3",
                        "src/test/resources/python/opj_dicom.py", "1.2.840.10008.1.2.4.91", "{in}", "{out}", "-I", "-t",
                        "16,16", "-n", "3"), "gdcmconv", "--raw", "{in}", "{out}"),
                Conversion.encoded("htj2k-rct-tiles", rgb, List.of("/usr/bin/python3", "src/test/resources/python/ojph_dicom.py",
                        "1.2.840.10008.1.2.4.201", "{in}", "{out}", "-reversible", "true", "-tile_size", "{16,16}",
                        "-num_decomps", "3"), "/usr/bin/python3", "src/test/resources/python/j2k_reference.py", "ojph", "{in}",
                        "{out}"),
                Conversion.encoded("htj2k-irreversible", unsignedGrey, List.of("/usr/bin/python3",
                        "src/test/resources/python/ojph_dicom.py", "1.2.840.10008.1.2.4.203", "{in}", "{out}", "-qstep",
                        "0.01"), "/usr/bin/python3", "src/test/resources/python/j2k_reference.py", "ojph", "{in}", "{out}"));
        for (CrossCheck.Prepared p : ReferenceTest.prepare(WORK, conversions).values()) {
            VALID.put(p.conversion().name(), p.encoded());
        }
    }

    @ParameterizedTest
    @MethodSource("frames")
    void refusesEveryTruncationInsideTheCodedData(String name) {
        DumpedFile file = VALID.get(name);
        byte[] frame = file.frames().get(0);
        for (double fraction : new double[] {0.02, 0.1, 0.35, 0.6, 0.85}) {
            byte[] cut = Arrays.copyOf(frame, (int) (frame.length * fraction));
            assertRefused(() -> decoder(file).decode(cut, file.description()));
        }
    }

    @ParameterizedTest
    @MethodSource("frames")
    void survivesRandomCorruptionWithAnImageOrAPixelDataException(String name) {
        DumpedFile file = VALID.get(name);
        byte[] frame = file.frames().get(0);
        Random random = new Random(name.hashCode());
        int refused = 0;
        for (int round = 0; round < 600; round++) {
            byte[] corrupt = frame.clone();
            // Half the rounds hit the headers, where parsing rather than entropy decoding has to cope.
            int span = round % 2 == 0 ? corrupt.length : Math.min(corrupt.length, 300);
            for (int flips = 1 + random.nextInt(6); flips > 0; flips--) {
                corrupt[random.nextInt(span)] = (byte) random.nextInt(256);
            }
            try {
                SampleImage image = decoder(file).decode(corrupt, file.description());
                assertEquals(file.description().columns(), image.width());
                assertEquals(file.description().rows(), image.height());
            } catch (PixelDataException expected) {
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                fail(name + " round " + round + " escaped with " + e, e);
            }
        }
        System.out.println(name + ": " + refused + " of 600 corrupted frames refused, the rest decoded");
    }

    @ParameterizedTest
    @MethodSource("frames")
    void refusesRandomBytes(String name) {
        DumpedFile file = VALID.get(name);
        byte[] noise = new byte[file.frames().get(0).length];
        new Random(7).nextBytes(noise);
        assertRefused(() -> decoder(file).decode(noise, file.description()));
    }

    @ParameterizedTest
    @MethodSource("frames")
    void refusesAFrameWhoseAttributesDescribeAnotherSize(String name) {
        DumpedFile file = VALID.get(name);
        PixelDescription d = file.description();
        PixelDescription taller = new PixelDescription(d.rows() + 1, d.columns(), d.samplesPerPixel(),
                d.bitsAllocated(), d.bitsStored(), d.highBit(), d.signed(), d.photometricInterpretation(),
                d.planarConfiguration(), d.numberOfFrames());
        assertRefused(() -> decoder(file).decode(file.frames().get(0), taller));
    }

    /** A JPEG (SOF0) or JPEG-LS (SOF55) header declaring 16000 x 16000 samples, and nothing else. */
    @ParameterizedTest
    @EnumSource(value = TransferSyntax.class, names = {"JPEG_BASELINE_8BIT", "JPEG_LS_LOSSLESS"})
    void refusesAHeaderDeclaringHugeDimensionsInAFewBytes(TransferSyntax ts) {
        PixelDescription huge = new PixelDescription(16000, 16000, 1, 8, 8, 7, false, "MONOCHROME2", 0, 1);
        byte startOfFrame = (byte) (ts == TransferSyntax.JPEG_LS_LOSSLESS ? 0xF7 : 0xC0);
        byte[] header = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, startOfFrame, 0, 11, 8, 0x3E, (byte) 0x80, 0x3E,
            (byte) 0x80, 1, 1, 0x11, 0, (byte) 0xFF, (byte) 0xD9};
        assertRefused(() -> PixelDecoders.forTransferSyntax(ts).decode(header, huge),
                "too short to code 16000 x 16000");
    }

    @Test
    void refusesAFrameAboveTheSampleLimitBeforeDecodingIt() {
        PixelDescription huge = new PixelDescription(65535, 65535, 3, 16, 16, 15, false, "RGB", 0, 1);
        for (TransferSyntax ts : TransferSyntax.values()) {
            assertRefused(() -> PixelDecoders.forTransferSyntax(ts).decode(new byte[64], huge), "exceeds the limit");
        }
    }

    private static FrameDecoder decoder(DumpedFile file) {
        return PixelDecoders.forTransferSyntax(file.transferSyntax());
    }
}
