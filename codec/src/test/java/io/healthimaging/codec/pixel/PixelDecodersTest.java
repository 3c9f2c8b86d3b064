package io.healthimaging.codec.pixel;

import io.healthimaging.codec.dicom.TransferSyntax;
import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.pixel.reference.DumpedFile;
import io.healthimaging.codec.pixel.reference.Pydicom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class PixelDecodersTest {
    private static final Path WORK = Path.of("target/pixel-tests/decoders");

    @Test
    void givesTheSameSharedDecoderForSyntaxesOfOneFamily() {
        assertSame(PixelDecoders.forTransferSyntax(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN),
                PixelDecoders.forTransferSyntax(TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN));
        assertSame(PixelDecoders.forTransferSyntax(TransferSyntax.JPEG_LOSSLESS),
                PixelDecoders.forTransferSyntax(TransferSyntax.JPEG_LOSSLESS_SV1));
        assertSame(PixelDecoders.forTransferSyntax(TransferSyntax.JPEG_LS_LOSSLESS),
                PixelDecoders.forTransferSyntax(TransferSyntax.JPEG_LS_NEAR_LOSSLESS));
        assertSame(PixelDecoders.forTransferSyntax(TransferSyntax.JPEG_2000_LOSSLESS),
                PixelDecoders.forTransferSyntax(TransferSyntax.JPEG_2000));
        assertSame(PixelDecoders.forTransferSyntax(TransferSyntax.JPEG_2000),
                PixelDecoders.forTransferSyntax(TransferSyntax.HTJ2K_LOSSLESS_RPCL));
    }

    /** Frames of every family decoded by many threads at once give the samples one thread gives. */
    @Test
    @Timeout(120)
    void decodesConcurrentlyWithTheSameResultsAsSequentially() throws Exception {
        List<DumpedFile> files = Pydicom.dump(WORK, List.of(Pydicom.TEST_FILES.resolve("CT_small.dcm"),
                Pydicom.TEST_FILES.resolve("SC_rgb_rle_16bit.dcm"), Pydicom.TEST_FILES.resolve("JPEG-lossy.dcm"),
                Pydicom.TEST_FILES.resolve("SC_rgb_dcmtk_+eb+cy+n1.dcm"),
                Pydicom.TEST_FILES.resolve("SC_rgb_jpeg_gdcm.dcm"),
                Pydicom.TEST_FILES.resolve("MR_small_jpeg_ls_lossless.dcm"),
                Pydicom.TEST_FILES.resolve("MR_small_jp2klossless.dcm"), Pydicom.TEST_FILES.resolve("JPEG2000.dcm")));
        List<SampleImage> sequential = new ArrayList<>();
        for (DumpedFile f : files) {
            sequential.add(decode(f));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SampleImage>> results = new ArrayList<>();
            for (int round = 0; round < 12; round++) {
                for (DumpedFile f : files) {
                    results.add(pool.submit(() -> decode(f)));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(sequential.get(i % files.size()), results.get(i).get(), "decode " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static SampleImage decode(DumpedFile f) throws PixelDataException {
        return PixelDecoders.forTransferSyntax(f.transferSyntax()).decode(f.frames().get(0), f.description());
    }
}
