package io.healthimaging.codec.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthimaging.codec.dicom.TransferSyntax;
import io.healthimaging.codec.dicom.io.DicomFile;
import io.healthimaging.codec.htj2k.Htj2kDecoder;
import io.healthimaging.codec.htj2k.Htj2kEncoder;
import io.healthimaging.codec.image.PixelDescription;
import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.pixel.PixelDecoders;
import io.healthimaging.codec.testing.OpenJpeg;
import io.healthimaging.codec.testing.OpenJph;
import io.healthimaging.codec.testing.PydicomFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every frame of every pydicom test file stored in a lossless transfer syntax, as the import sees it: decoded,
 * encoded by our HTJ2K encoder, then decoded by our decoder, by OpenJPEG's opj_decompress and by OpenJPH's
 * ojph_expand, each of which must give back exactly the samples that went in.
 */
class PydicomLosslessFramesTest {
    private static final Set<TransferSyntax> LOSSLESS = EnumSet.of(
            TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
            TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN,
            TransferSyntax.JPEG_LOSSLESS, TransferSyntax.JPEG_LOSSLESS_SV1, TransferSyntax.JPEG_LS_LOSSLESS,
            TransferSyntax.JPEG_2000_LOSSLESS, TransferSyntax.HTJ2K_LOSSLESS, TransferSyntax.HTJ2K_LOSSLESS_RPCL,
            TransferSyntax.RLE_LOSSLESS);

    /** The encoder's range (issue 4: 1..16 bits); pydicom's 32-bit files must be refused, not mangled. */
    private static final int MAX_ENCODED_BITS = 16;

    @TempDir
    Path directory;

    private final Htj2kEncoder encoder = new Htj2kEncoder();
    private final Htj2kDecoder decoder = new Htj2kDecoder();

    static List<Path> losslessFiles() {
        return PydicomFiles.withFrames().stream().filter(PydicomLosslessFramesTest::losslessWithPixels).toList();
    }

    private static boolean losslessWithPixels(Path path) {
        try (DicomFile file = DicomFile.open(path)) {
            return file.hasPixelData() && LOSSLESS.contains(file.transferSyntax());
        } catch (Exception notUsable) {
            return false;
        }
    }

    @Test
    void theCorpusCoversEveryLosslessInputFamily() {
        Set<TransferSyntax> seen = EnumSet.noneOf(TransferSyntax.class);
        for (Path path : losslessFiles()) {
            try (DicomFile file = DicomFile.open(path)) {
                seen.add(file.transferSyntax());
            } catch (Exception e) {
                throw new AssertionError(path.toString(), e);
            }
        }
        assertTrue(seen.containsAll(EnumSet.of(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN,
                TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.RLE_LOSSLESS,
                TransferSyntax.JPEG_LOSSLESS_SV1, TransferSyntax.JPEG_LS_LOSSLESS,
                TransferSyntax.JPEG_2000_LOSSLESS)), "transfer syntaxes seen: " + seen);
    }

    @TestFactory
    Stream<DynamicTest> everyFrameSurvivesOurEncoderForEveryDecoder() {
        return losslessFiles().stream().map(path -> DynamicTest.dynamicTest(
                PydicomFiles.TEST_FILES.relativize(path).toString(), () -> checkEveryFrame(path)));
    }

    private void checkEveryFrame(Path path) throws Exception {
        try (DicomFile file = DicomFile.open(path)) {
            PixelDescription description = file.pixelDescription();
            for (int index = 0; index < file.numberOfFrames(); index++) {
                SampleImage original = PixelDecoders.forTransferSyntax(file.transferSyntax())
                        .decode(file.frame(index), description);
                if (original.bitDepth() > MAX_ENCODED_BITS) {
                    checkRefused(original, "frame " + index);
                } else {
                    checkFrame(original, "frame " + index);
                }
            }
        }
    }

    /** Samples wider than the encoder's range are refused with a reason, never truncated. */
    private void checkRefused(SampleImage original, String frame) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> encoder.encode(original), frame);
        assertTrue(refused.getMessage().contains("at most " + MAX_ENCODED_BITS), refused.getMessage());
    }

    private void checkFrame(SampleImage original, String frame) throws Exception {
        byte[] codestream = encoder.encode(original);
        assertEquals(original, decoder.decode(codestream), frame + ": our decoder");

        Path file = Files.write(directory.resolve("frame.j2c"), codestream);
        int[] widths = new int[original.components()];
        int[] heights = new int[original.components()];
        Arrays.fill(widths, original.width());
        Arrays.fill(heights, original.height());
        List<int[]> openJpeg = OpenJpeg.decode(file, 0, widths, heights);
        for (int c = 0; c < original.components(); c++) {
            assertArrayEquals(original.plane(c), openJpeg.get(c), frame + ": opj_decompress, component " + c);
        }
        if (!original.signed()) {
            // OpenJPH 0.9.0 (Debian 12) mishandles negative samples of signed images: it checks unsigned ones.
            assertEquals(original, OpenJph.expand(file, original.components()), frame + ": ojph_expand");
        }
    }
}
