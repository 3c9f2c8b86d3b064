package io.healthimaging.codec.pixel.jpegls;

import io.healthimaging.codec.pixel.PixelDataException;
import io.healthimaging.codec.pixel.reference.Conversion;
import io.healthimaging.codec.pixel.reference.CrossCheck;
import io.healthimaging.codec.pixel.reference.Pydicom;
import io.healthimaging.codec.pixel.reference.ReferenceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JPEG-LS frames encoded by dcmtk and gdcm (both built on CharLS) across bit depths, signedness, interleave modes,
 * NEAR values and preset coding parameters, decoded and compared with dcmtk's decoder. Decoding is deterministic,
 * so near-lossless frames must match exactly too.
 */
class JpegLsFrameDecoderTest {
    private static final Path WORK = Path.of("target/pixel-tests/jpegls");
    private static final Path SOURCES = WORK.resolve("sources");
    private static final String[] DCMDJPLS = {"dcmdjpls", "{in}", "{out}"};
    private static Map<String, CrossCheck.Prepared> prepared;

    static List<Conversion> conversions() {
        List<Conversion> cases = new ArrayList<>();
        cases.add(Conversion.existing(Pydicom.TEST_FILES.resolve("MR_small_jpeg_ls_lossless.dcm"), DCMDJPLS));
        // dcmtk codes samples of up to 8 bits with precision 8 and wider ones with 16, unless asked for "cooked"
        // mode (+pc), which codes unsigned samples with their Bits Stored as precision.
        for (int bits : new int[] {2, 5, 8}) {
            cases.add(dcmcjpls("lossless-" + bits + "-bit", Pydicom.synthetic(SOURCES, 31, 43, 1, 8, bits, false,
                    "MONOCHROME2", 0, 1)));
        }
        for (int bits : new int[] {10, 12, 16}) {
            Path source = Pydicom.synthetic(SOURCES, 43, 31, 1, 16, bits, false, "MONOCHROME2", 0, 1);
            cases.add(dcmcjpls("lossless-" + bits + "-bit", source));
            cases.add(dcmcjpls("lossless-" + bits + "-bit-precision-" + bits, source, "+pc"));
        }
        Path signed16 = Pydicom.synthetic(SOURCES, 38, 29, 1, 16, 16, true, "MONOCHROME2", 0, 2);
        Path signed12 = Pydicom.synthetic(SOURCES, 27, 36, 1, 16, 12, true, "MONOCHROME2", 0, 1);
        Path rgb = Pydicom.synthetic(SOURCES, 33, 47, 3, 8, 8, false, "RGB", 0, 2);
        Path rgb16 = Pydicom.synthetic(SOURCES, 18, 25, 3, 16, 16, false, "RGB", 1, 1);
        cases.add(dcmcjpls("lossless-16-signed-2-frames", signed16));
        cases.add(dcmcjpls("lossless-12-signed", signed12));
        for (String interleave : List.of("+il", "+is", "+in")) {
            cases.add(dcmcjpls("lossless-rgb-" + interleave.substring(1), rgb, interleave));
            cases.add(dcmcjpls("near-3-rgb-" + interleave.substring(1), rgb, "+en", "+md", "3", interleave));
        }
        cases.add(dcmcjpls("lossless-rgb16-planar-sample-interleaved", rgb16, "+is"));
        Path unsigned16 = Pydicom.synthetic(SOURCES, 29, 38, 1, 16, 16, false, "MONOCHROME2", 0, 2);
        for (int near : new int[] {1, 2, 7}) {
            cases.add(dcmcjpls("near-" + near + "-16-bit", unsigned16, "+en", "+md", Integer.toString(near)));
        }
        cases.add(dcmcjpls("near-1-10-bit", Pydicom.synthetic(SOURCES, 43, 31, 1, 16, 10, false, "MONOCHROME2", 0,
                1), "+en", "+md", "1"));
        cases.add(dcmcjpls("preset-thresholds-and-reset", signed12, "+t1", "5", "+t2", "19", "+t3", "70",
                "+rs", "31"));
        cases.add(dcmcjpls("near-2-preset-thresholds-rgb", rgb, "+en", "+md", "2", "+t1", "4", "+t2", "11", "+t3",
                "30", "+rs", "17"));
        cases.add(dcmcjpls("near-2-12-bit-precision-12", Pydicom.synthetic(SOURCES, 43, 31, 1, 16, 12, false,
                "MONOCHROME2", 0, 1), "+pc", "+en", "+md", "2"));
        cases.add(Conversion.encoded("gdcm-lossless-16-bit", unsigned16, Conversion.command("gdcmconv", "--jpegls"),
                DCMDJPLS));
        cases.add(Conversion.encoded("gdcm-near-4-rgb", rgb, Conversion.command("gdcmconv", "--jpegls", "-e", "4"),
                DCMDJPLS));
        return cases;
    }

    private static Conversion dcmcjpls(String name, Path source, String... options) {
        return Conversion.encoded(name, source, Conversion.command("dcmcjpls", options), DCMDJPLS);
    }

    @BeforeAll
    static void prepare() {
        prepared = ReferenceTest.prepare(WORK, conversions());
    }

    @ParameterizedTest
    @MethodSource("conversions")
    void decodesEveryFrameExactlyAsDcmdjpls(Conversion conversion) throws PixelDataException {
        ReferenceTest.assertDecodesLikeReference(prepared.get(conversion.name()), 0);
    }
}
