package io.healthimaging.codec.pixel.jpeg2000;

import io.healthimaging.codec.pixel.PixelDataException;
import io.healthimaging.codec.pixel.reference.Conversion;
import io.healthimaging.codec.pixel.reference.CrossCheck;
import io.healthimaging.codec.pixel.reference.Pydicom;
import io.healthimaging.codec.pixel.reference.ReferenceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JPEG 2000 and HTJ2K frames, decoded and compared with independent decoders.
 *
 * <p>JPEG 2000: pydicom's test files and files from gdcm's encoder and OpenJPEG's opj_compress (tiles, precincts,
 * progression orders, layers, every code-block style, SOP/EPH markers, regions of interest, 2 to 24 bits, with
 * and without the multi-component transformation), against gdcm's decoder, which is OpenJPEG 2.5.
 *
 * <p>HTJ2K: files from OpenJPH's ojph_compress (reversible and irreversible, with and without the colour
 * transform, tiles, precincts, progression orders, subsampled chroma) against OpenJPH's ojph_expand or OpenJPEG's
 * opj_decompress. OpenJPH 0.9.0 mishandles negative samples, so those sources are unsigned; OpenJPEG 2.5.0
 * decodes subsampled HTJ2K components wrongly (even its luma differs from the lossless source), so that case is
 * checked against OpenJPH only.
 */
class Jpeg2000FrameDecoderTest {
    private static final Path WORK = Path.of("target/pixel-tests/jpeg2000");
    private static final Path SOURCES = WORK.resolve("sources");
    private static final String[] GDCM_RAW = {"gdcmconv", "--raw", "{in}", "{out}"};
    private static final String LOSSLESS = "1.2.840.10008.1.2.4.90";
    private static final String LOSSY = "1.2.840.10008.1.2.4.91";
    private static final String HT_LOSSLESS = "1.2.840.10008.1.2.4.201";
    private static final String HT_LOSSLESS_RPCL = "1.2.840.10008.1.2.4.202";
    private static final String HT_LOSSY = "1.2.840.10008.1.2.4.203";
    private static final String[] OPENJPH = reference("ojph");
    private static final String[] OPENJPEG = reference("opj");
    private static final Map<String, Long> LOSSY_DIFFERENCES = new TreeMap<>();
    private static Map<String, CrossCheck.Prepared> prepared;

    static List<Conversion> lossless() {
        List<Conversion> cases = new ArrayList<>(Conversion.pydicomFiles(List.of("MR_small_jp2klossless.dcm",
                "GDCMJ2K_TextGBR.dcm", "J2K_pixelrep_mismatch.dcm"), GDCM_RAW));
        Path signed16 = Pydicom.synthetic(SOURCES, 45, 52, 1, 16, 16, true, "MONOCHROME2", 0, 1);
        Path unsigned12 = Pydicom.synthetic(SOURCES, 33, 40, 1, 16, 12, false, "MONOCHROME2", 0, 2);
        Path rgb = Pydicom.synthetic(SOURCES, 37, 53, 3, 8, 8, false, "RGB", 0, 2);
        Path rgb16 = Pydicom.synthetic(SOURCES, 23, 18, 3, 16, 16, false, "RGB", 1, 1);
        cases.add(gdcm("gdcm-16-signed", signed16));
        cases.add(gdcm("gdcm-12-bit-2-frames", unsigned12));
        cases.add(gdcm("gdcm-rgb8", rgb));
        cases.add(opj("opj-rgb16-from-planar", LOSSLESS, rgb16, "-n", "4"));
        cases.add(gdcm("gdcm-tiles-16-2-resolutions", signed16, "-t", "16,16", "-n", "2"));
        cases.add(opj("opj-tiles-rpcl-all-code-block-styles-rgb", LOSSLESS, rgb, "-t", "16,16", "-n", "3", "-p",
                "RPCL", "-M", "63"));
        cases.add(opj("opj-precincts-pcrl-16-signed", LOSSLESS, signed16, "-p", "PCRL", "-c", "[32,32],[16,16]",
                "-b", "16,16", "-n", "4"));
        cases.add(opj("opj-cprl-sop-eph-no-mct-rgb", LOSSLESS, rgb, "-p", "CPRL", "-SOP", "-EPH", "-mct", "0"));
        cases.add(opj("opj-one-resolution-12-bit", LOSSLESS, unsigned12, "-n", "1"));
        cases.add(opj("opj-layers-and-roi-16-signed", LOSSLESS, signed16, "-r", "40,10,1", "-ROI", "c=0,U=3"));
        cases.add(opj("opj-24-bit", LOSSLESS, Pydicom.synthetic(SOURCES, 30, 40, 1, 32, 24, false, "MONOCHROME2",
                0, 1), "-n", "3"));
        cases.add(opj("opj-20-bit-signed", LOSSLESS, Pydicom.synthetic(SOURCES, 30, 40, 1, 32, 20, true,
                "MONOCHROME2", 0, 1), "-n", "3"));
        cases.add(opj("opj-2-bit", LOSSLESS, Pydicom.synthetic(SOURCES, 20, 27, 1, 8, 2, false, "MONOCHROME2", 0, 1),
                "-n", "4"));
        Path grey16 = Pydicom.synthetic(SOURCES, 64, 48, 1, 16, 16, false, "MONOCHROME2", 0, 1);
        cases.add(ojph("ht-reversible-12-bit-2-frames", HT_LOSSLESS, unsigned12, OPENJPH, "-reversible", "true"));
        cases.add(ojph("ht-reversible-12-bit-openjpeg", HT_LOSSLESS, unsigned12, OPENJPEG, "-reversible", "true"));
        cases.add(ojph("ht-reversible-rct-rgb", HT_LOSSLESS, rgb, OPENJPEG, "-reversible", "true"));
        cases.add(ojph("ht-reversible-rgb-without-colour-transform", HT_LOSSLESS, rgb, OPENJPH, "-reversible",
                "true", "-colour_trans", "false"));
        cases.add(ojph("ht-lrcp-blocks-32-precincts-16-bit", HT_LOSSLESS, grey16, OPENJPEG, "-reversible", "true",
                "-prog_order", "LRCP", "-block_size", "{32,32}", "-precincts", "{16,16},{32,32}"));
        cases.add(ojph("ht-rpcl-tiles", HT_LOSSLESS_RPCL, grey16, OPENJPH, "-reversible", "true", "-tile_size",
                "{24,24}", "-num_decomps", "3"));
        cases.add(ojph("ht-subsampled-chroma-ybr-full-422", HT_LOSSLESS, rgb, OPENJPH, "-reversible", "true",
                "-num_decomps", "3", "--subsample-chroma"));
        cases.add(opj("part-1-codestream-under-htj2k", HT_LOSSLESS, unsigned12, "-n", "4").checkedBy(OPENJPEG));
        return cases;
    }

    static List<Conversion> lossy() {
        List<Conversion> cases = new ArrayList<>(Conversion.pydicomFiles(List.of("693_J2KI.dcm", "SC_rgb_gdcm_KY.dcm",
                "JPEG2000.dcm"), GDCM_RAW));
        Path signed12 = Pydicom.synthetic(SOURCES, 41, 36, 1, 16, 12, true, "MONOCHROME2", 0, 1);
        Path rgb = Pydicom.synthetic(SOURCES, 37, 53, 3, 8, 8, false, "RGB", 0, 2);
        cases.add(gdcm("gdcm-irreversible-rgb", rgb, "--irreversible"));
        cases.add(gdcm("gdcm-irreversible-12-signed", signed12, "--irreversible"));
        cases.add(opj("opj-irreversible-ict-rgb", LOSSY, rgb, "-I", "-r", "8"));
        cases.add(opj("opj-irreversible-12-signed-tiles", LOSSY, signed12, "-I", "-t", "20,20", "-n", "3"));
        cases.add(opj("opj-reversible-truncated-layers", LOSSY, signed12, "-r", "30,12"));
        Path unsigned12 = Pydicom.synthetic(SOURCES, 33, 40, 1, 16, 12, false, "MONOCHROME2", 0, 2);
        cases.add(ojph("ht-irreversible-12-bit", HT_LOSSY, unsigned12, OPENJPH, "-qstep", "0.002"));
        cases.add(ojph("ht-irreversible-ict-rgb", HT_LOSSY, rgb, OPENJPH, "-qstep", "0.01"));
        cases.add(ojph("ht-irreversible-ict-rgb-openjpeg", HT_LOSSY, rgb, OPENJPEG, "-qstep", "0.01"));
        return cases;
    }

    private static Conversion gdcm(String name, Path source, String... options) {
        List<String> command = Conversion.command("gdcmconv", options);
        command.add(1, "--j2k");
        return Conversion.encoded(name, source, command, GDCM_RAW);
    }

    private static String[] reference(String decoder) {
        return new String[] {"/usr/bin/python3", "src/test/resources/python/j2k_reference.py", decoder, "{in}", "{out}"};
    }

    private static Conversion ojph(String name, String transferSyntax, Path source, String[] reference,
            String... options) {
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", "src/test/resources/python/ojph_dicom.py",
                transferSyntax, "{in}", "{out}"));
        command.addAll(List.of(options));
        return Conversion.encoded(name, source, command, reference);
    }

    private static Conversion opj(String name, String transferSyntax, Path source, String... options) {
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", "src/test/resources/python/opj_dicom.py",
                transferSyntax, "{in}", "{out}"));
        command.addAll(List.of(options));
        return Conversion.encoded(name, source, command, GDCM_RAW);
    }

    @BeforeAll
    static void prepare() {
        List<Conversion> all = new ArrayList<>(lossless());
        all.addAll(lossy());
        prepared = ReferenceTest.prepare(WORK, all);
    }

    @ParameterizedTest
    @MethodSource("lossless")
    void decodesReversibleCodestreamsExactlyAsTheReference(Conversion conversion) throws PixelDataException {
        ReferenceTest.assertDecodesLikeReference(prepared.get(conversion.name()), 0);
    }

    /**
     * The irreversible 9/7 wavelet and colour transform are computed in floating point by every implementation,
     * in different orders; their roundings may differ by one unit.
     */
    @ParameterizedTest
    @MethodSource("lossy")
    void decodesIrreversibleCodestreamsWithinOneUnitOfTheReference(Conversion conversion) throws PixelDataException {
        LOSSY_DIFFERENCES.put(conversion.name(), ReferenceTest.assertDecodesLikeReference(
                prepared.get(conversion.name()), 1));
    }

    @AfterAll
    static void reportDifferences() {
        System.out.println("largest sample difference from the reference, lossy JPEG 2000 and HTJ2K: "
                + LOSSY_DIFFERENCES);
    }
}
