package io.healthimaging.codec.pixel.jpeg;

import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.pixel.PixelDataException;
import io.healthimaging.codec.pixel.PixelDecoders;
import io.healthimaging.codec.pixel.reference.Conversion;
import io.healthimaging.codec.pixel.reference.CrossCheck;
import io.healthimaging.codec.pixel.reference.DumpedFile;
import io.healthimaging.codec.pixel.reference.Pydicom;
import io.healthimaging.codec.pixel.reference.ReferenceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every JPEG process DICOM uses, from pydicom's test files and from files dcmtk, gdcm and libjpeg-turbo encode
 * at test time, decoded and compared with dcmtk's decoder (IJG libjpeg 6b) or gdcm's.
 */
class JpegFrameDecoderTest {
    private static final Path WORK = Path.of("target/pixel-tests/jpeg");
    private static final Path SOURCES = WORK.resolve("sources");
    private static final String[] DCMDJPEG = {"dcmdjpeg", "{in}", "{out}"};
    /**
     * dcmdjpeg letting libjpeg guess the colour space from the markers. dcmtk's default, and gdcm, trust the
     * Photometric Interpretation, which img2dcm and gdcm's lossy encoder get wrong; decoded that way those
     * files are about 70 units away from their source on average, against 5 to 12 with libjpeg's guess.
     */
    private static final String[] DCMDJPEG_GUESS = {"dcmdjpeg", "+cg", "{in}", "{out}"};
    /** dcmdjpeg keeping lossless YBR_FULL samples instead of converting them to RGB, which would lose bits. */
    private static final String[] DCMDJPEG_KEEP = {"dcmdjpeg", "+cn", "{in}", "{out}"};
    private static final String[] GDCM_RAW = {"gdcmconv", "--raw", "{in}", "{out}"};
    private static final Map<String, Long> LOSSY_DIFFERENCES = new TreeMap<>();
    private static final Path RGB_SOURCE = Pydicom.synthetic(SOURCES, 37, 53, 3, 8, 8, false, "RGB", 0, 2);
    private static Map<String, CrossCheck.Prepared> prepared;
    private static DumpedFile rgbSource;

    static List<Conversion> lossless() {
        List<Conversion> cases = new ArrayList<>();
        cases.add(Conversion.existing(Pydicom.TEST_FILES.resolve("SC_rgb_jpeg_gdcm.dcm"), DCMDJPEG));
        Path signed16 = Pydicom.synthetic(SOURCES, 45, 39, 1, 16, 16, true, "MONOCHROME2", 0, 1);
        for (int predictor = 1; predictor <= 7; predictor++) {
            cases.add(dcmcjpeg("lossless-predictor-" + predictor + "-16-signed", signed16, "+el", "+sv",
                    Integer.toString(predictor)));
        }
        cases.add(dcmcjpeg("lossless-point-transform-3-12-bit", Pydicom.synthetic(SOURCES, 30, 41, 1, 16, 12, false,
                "MONOCHROME2", 0, 2), "+el", "+sv", "5", "+pt", "3"));
        cases.add(dcmcjpeg("lossless-sv1-rgb8", Pydicom.synthetic(SOURCES, 37, 53, 3, 8, 8, false, "RGB", 0, 1),
                "+e1"));
        cases.add(dcmcjpeg("lossless-sv1-rgb16-planar", Pydicom.synthetic(SOURCES, 19, 22, 3, 16, 16, false,
                "RGB", 1, 2), "+e1"));
        cases.add(Conversion.encoded("lossless-predictor-6-ybr-full", Pydicom.synthetic(SOURCES, 24, 17, 3, 8, 8,
                false, "YBR_FULL", 0, 1), Conversion.command("dcmcjpeg", "+el", "+sv", "6"), DCMDJPEG_KEEP));
        cases.add(dcmcjpeg("lossless-6-bit", Pydicom.synthetic(SOURCES, 20, 20, 1, 8, 6, false, "MONOCHROME2", 0, 1),
                "+el", "+sv", "7"));
        cases.add(Conversion.encoded("gdcm-lossless-12-signed", Pydicom.synthetic(SOURCES, 33, 28, 1, 16, 12, true,
                "MONOCHROME2", 0, 1), Conversion.command("gdcmconv", "--jpeg"), GDCM_RAW));
        return cases;
    }

    static List<Conversion> lossy() {
        List<Conversion> cases = new ArrayList<>(Conversion.pydicomFiles(List.of("JPEG-lossy.dcm",
                "JPGExtended.dcm", "SC_rgb_jpeg_dcmtk.dcm", "SC_rgb_dcmtk_+eb+cr.dcm", "SC_rgb_dcmtk_+eb+cy+n1.dcm",
                "SC_rgb_dcmtk_+eb+cy+n2.dcm", "SC_rgb_dcmtk_+eb+cy+np.dcm", "SC_rgb_dcmtk_+eb+cy+s2.dcm",
                "SC_rgb_dcmtk_+eb+cy+s4.dcm", "SC_rgb_small_odd_jpeg.dcm", "SC_jpeg_no_color_transform.dcm",
                "SC_jpeg_no_color_transform_2.dcm", "SC_rgb_jpeg_app14_dcmd.dcm"), DCMDJPEG));
        // dcmtk cannot parse this file's data set; gdcm decodes it to exactly pydicom's SC_rgb_jpeg_dcmd.dcm.
        cases.add(Conversion.existing(Pydicom.TEST_FILES.resolve("SC_rgb_jpeg.dcm"), GDCM_RAW));
        cases.add(Conversion.existing(Pydicom.TEST_FILES.resolve("SC_rgb_jpeg_lossy_gdcm.dcm"), DCMDJPEG_GUESS));
        Path rgb = RGB_SOURCE;
        Path grey = Pydicom.synthetic(SOURCES, 61, 45, 1, 8, 8, false, "MONOCHROME2", 0, 1);
        Path grey12 = Pydicom.synthetic(SOURCES, 35, 50, 1, 16, 12, false, "MONOCHROME2", 0, 2);
        Path rgb12 = Pydicom.synthetic(SOURCES, 26, 31, 3, 16, 12, false, "RGB", 0, 1);
        cases.add(dcmcjpeg("baseline-ybr-422", rgb, "+eb"));
        cases.add(dcmcjpeg("baseline-ybr-444", rgb, "+eb", "+s4"));
        cases.add(dcmcjpeg("baseline-ybr-420", rgb, "+eb", "+n1"));
        cases.add(dcmcjpeg("baseline-rgb", rgb, "+eb", "+cr"));
        cases.add(dcmcjpeg("baseline-grey-quality-40-standard-tables", grey, "+eb", "+q", "40", "-ho"));
        cases.add(dcmcjpeg("extended-8-bit", grey, "+ee"));
        cases.add(dcmcjpeg("extended-12-bit", grey12, "+ee", "+q", "75"));
        cases.add(dcmcjpeg("extended-12-bit-ybr", rgb12, "+ee"));
        cases.add(cjpeg("restart-every-row-420", rgb, "-restart", "1", "-sample", "2x2"));
        cases.add(cjpeg("restart-every-5-blocks-rgb", rgb, DCMDJPEG_GUESS, "-rgb", "-restart", "5B"));
        cases.add(cjpeg("restart-every-3-blocks-grey", grey, "-grayscale", "-restart", "3B"));
        cases.add(cjpeg("vertical-subsampling-restart-2-rows", rgb, "-sample", "1x2", "-restart", "2"));
        cases.add(cjpeg("subsampling-4-to-1", rgb, "-sample", "4x1"));
        cases.add(cjpeg("three-scans-one-per-component", rgb, "-scans", scanScript("0;\n1;\n2;\n"), "-sample",
                "2x1"));
        cases.add(cjpeg("two-scans-luma-then-chroma-restarts", rgb, "-scans", scanScript("0;\n1 2;\n"),
                "-restart", "3B"));
        cases.add(Conversion.encoded("gdcm-lossy-rgb", rgb, Conversion.command("gdcmconv", "--jpeg", "--lossy", "-q",
                "85"), DCMDJPEG_GUESS));
        return cases;
    }

    /**
     * A cjpeg scan script. Scans covering all 64 coefficients of some components make a sequential frame coded in
     * several scans, each with its own Huffman tables.
     */
    private static String scanScript(String scans) {
        try {
            Path script = Files.createDirectories(SOURCES).resolve("scans-" + scans.hashCode() + ".txt");
            Files.writeString(script, scans);
            return script.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Conversion dcmcjpeg(String name, Path source, String... options) {
        return Conversion.encoded(name, source, Conversion.command("dcmcjpeg", options), DCMDJPEG);
    }

    /** libjpeg-turbo's cjpeg on dcmtk's PNM rendering of the source, wrapped into DICOM by img2dcm. */
    private static Conversion cjpeg(String name, Path source, String... options) {
        return cjpeg(name, source, DCMDJPEG, options);
    }

    private static Conversion cjpeg(String name, Path source, String[] reference, String... options) {
        List<String> command = new ArrayList<>(List.of("cjpeg"));
        command.addAll(List.of(options));
        command.addAll(List.of("-outfile", "{out}", "{in}"));
        return Conversion.chained(name, source, List.of(Conversion.command("dcmj2pnm"), command,
                Conversion.command("img2dcm")), reference);
    }

    @BeforeAll
    static void prepare() {
        List<Conversion> all = new ArrayList<>(lossless());
        all.addAll(lossy());
        prepared = ReferenceTest.prepare(WORK, all);
        rgbSource = Pydicom.dump(WORK, RGB_SOURCE);
    }

    static List<String> colourEncodedFromRgb() {
        return List.of("baseline-ybr-422", "baseline-ybr-444", "baseline-ybr-420", "baseline-rgb",
                "restart-every-row-420", "restart-every-5-blocks-rgb", "vertical-subsampling-restart-2-rows",
                "subsampling-4-to-1", "gdcm-lossy-rgb");
    }

    /**
     * The colour rule is checked against the truth, not only against another decoder: decoded lossy frames stay
     * close to the RGB source they were encoded from: within 5 to 17 units on average on this deliberately hard
     * image (noise and a checkerboard, with chroma subsampled up to 4:1). Treating YCbCr as RGB or the reverse
     * puts them about 70 units away.
     */
    @ParameterizedTest
    @MethodSource("colourEncodedFromRgb")
    void decodesLossyColourCloseToTheRgbSourceItWasEncodedFrom(String name) throws PixelDataException {
        DumpedFile encoded = prepared.get(name).encoded();
        SampleImage decoded = PixelDecoders.forTransferSyntax(encoded.transferSyntax())
                .decode(encoded.frames().get(0), encoded.description());
        SampleImage source = rgbSource.samples().get(0);
        double total = 0;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < source.plane(c).length; i++) {
                total += Math.abs(source.plane(c)[i] - decoded.plane(c)[i]);
            }
        }
        double mean = total / (3.0 * source.width() * source.height());
        assertTrue(mean < 30, name + ": mean difference from the source " + mean);
    }

    @ParameterizedTest
    @MethodSource("lossless")
    void decodesLosslessFramesExactlyAsTheReferenceDecoder(Conversion conversion) throws PixelDataException {
        ReferenceTest.assertDecodesLikeReference(prepared.get(conversion.name()), 0);
    }

    /**
     * The inverse DCT, upsampling and colour conversion repeat IJG libjpeg's integer arithmetic, so the samples
     * are expected to be libjpeg's; one unit of difference is allowed because the standard only bounds the IDCT's
     * accuracy. The largest differences seen are printed.
     */
    @ParameterizedTest
    @MethodSource("lossy")
    void decodesLossyFramesWithinOneUnitOfLibjpeg(Conversion conversion) throws PixelDataException {
        LOSSY_DIFFERENCES.put(conversion.name(), ReferenceTest.assertDecodesLikeReference(
                prepared.get(conversion.name()), 1));
    }

    @AfterAll
    static void reportDifferences() {
        System.out.println("largest sample difference from the reference, lossy JPEG: " + LOSSY_DIFFERENCES);
    }
}
