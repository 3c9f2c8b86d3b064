package io.healthimaging.codec.pixel.jpeg;

import io.healthimaging.codec.dicom.TransferSyntax;
import io.healthimaging.codec.image.PixelDescription;
import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.pixel.PixelDataException;
import io.healthimaging.codec.pixel.PixelDecoders;
import io.healthimaging.codec.pixel.reference.CrossCheck;
import io.healthimaging.codec.pixel.reference.DumpedFile;
import io.healthimaging.codec.pixel.reference.Pydicom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.healthimaging.codec.pixel.reference.Failures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** JPEG coding processes outside what dcmtk writes: refused ones, and lossless restart intervals. */
class JpegCodingProcessTest {
    private static final Path WORK = Path.of("target/pixel-tests/jpeg-processes");

    /** cjpeg's JPEG file of a synthetic grey image, fed to the decoder as the frame. */
    private static byte[] cjpeg(String option) throws IOException {
        Path source = Pydicom.synthetic(WORK, 24, 40, 1, 8, 8, false, "MONOCHROME2", 0, 1);
        Path pgm = WORK.resolve("source.pgm");
        Path jpeg = WORK.resolve(option.substring(1) + ".jpg");
        CrossCheck.run(List.of("dcmj2pnm", source.toString(), pgm.toString()));
        CrossCheck.run(List.of("cjpeg", "-grayscale", option, "-outfile", jpeg.toString(), pgm.toString()));
        return Files.readAllBytes(jpeg);
    }

    private static final PixelDescription GREY = new PixelDescription(24, 40, 1, 8, 8, 7, false, "MONOCHROME2", 0, 1);

    @Test
    void refusesProgressiveJpegNamingIt() throws IOException {
        byte[] frame = cjpeg("-progressive");
        assertRefused(() -> PixelDecoders.forTransferSyntax(TransferSyntax.JPEG_BASELINE_8BIT).decode(frame, GREY),
                "progressive JPEG (marker 0xC2) is not supported");
    }

    @Test
    void refusesArithmeticCodedJpegNamingIt() throws IOException {
        byte[] frame = cjpeg("-arithmetic");
        assertRefused(() -> PixelDecoders.forTransferSyntax(TransferSyntax.JPEG_EXTENDED_12BIT).decode(frame, GREY),
                "arithmetic-coded JPEG (marker 0xC9) is not supported");
    }

    @Test
    void refusesAColourFrameWhoseProcessContradictsItsTransferSyntax() {
        DumpedFile lossless = Pydicom.dump(WORK, Pydicom.TEST_FILES.resolve("SC_rgb_jpeg_gdcm.dcm"));
        assertRefused(() -> PixelDecoders.forTransferSyntax(TransferSyntax.JPEG_BASELINE_8BIT)
                .decode(lossless.frames().get(0), lossless.description()), "LOSSLESS JPEG process");
    }

    /**
     * No tool at hand writes lossless JPEG with restart markers, so this builds one (T.81 H.1.2.1: each restart
     * interval starts again from the first-line prediction) and checks that decoding returns the samples coded.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void decodesLosslessRestartIntervalsOfWholeLines(int predictor) throws PixelDataException {
        int width = 13;
        int height = 9;
        int[] samples = new int[width * height];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (i * 37 + (i / width) * 11 + (i % 7 == 0 ? 200 : 0)) & 0xFF;
        }
        byte[] frame = new LosslessWriter(width, height, predictor, 2 * width).write(samples);
        PixelDescription d = new PixelDescription(height, width, 1, 8, 8, 7, false, "MONOCHROME2", 0, 1);
        SampleImage image = PixelDecoders.forTransferSyntax(TransferSyntax.JPEG_LOSSLESS).decode(frame, d);
        assertArrayEquals(samples, image.plane(0));
    }

    /** A minimal process 14 encoder: 8-bit, one component, every difference category coded in 5 bits. */
    private record LosslessWriter(int width, int height, int predictor, int restartInterval) {
        byte[] write(int[] samples) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC3, 0, 11, 8, 0, (byte) height, 0, (byte) width, 1, 1,
                0x11, 0});
            byte[] dht = new byte[2 + 2 + 1 + 16 + 17];
            dht[0] = (byte) 0xFF;
            dht[1] = (byte) 0xC4;
            dht[3] = (byte) (dht.length - 2);
            dht[4] = 0x00;
            dht[5 + 4] = 17;
            for (int s = 0; s <= 16; s++) {
                dht[21 + s] = (byte) s;
            }
            out.writeBytes(dht);
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDD, 0, 4, 0, (byte) restartInterval});
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, (byte) predictor, 0, 0});
            BitWriter bits = new BitWriter(out);
            int firstLine = 0;
            int marker = 0;
            for (int i = 0; i < samples.length; i++) {
                if (i > 0 && i % restartInterval == 0) {
                    bits.flush();
                    out.writeBytes(new byte[] {(byte) 0xFF, (byte) (0xD0 + marker)});
                    marker = (marker + 1) & 7;
                    firstLine = i / width;
                }
                int x = i % width;
                int y = i / width;
                int prediction;
                if (y == firstLine) {
                    prediction = x == 0 ? 128 : samples[i - 1];
                } else if (x == 0) {
                    prediction = samples[i - width];
                } else {
                    prediction = LosslessScanDecoder.predict(predictor, samples[i - 1], samples[i - width],
                            samples[i - width - 1]);
                }
                int difference = (short) (samples[i] - prediction);
                int category = difference == 0 ? 0 : 32 - Integer.numberOfLeadingZeros(Math.abs(difference));
                bits.write(category, 5);
                if (category > 0) {
                    bits.write(difference > 0 ? difference : difference + (1 << category) - 1, category);
                }
            }
            bits.flush();
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
            return out.toByteArray();
        }
    }

    /** Writes bits most significant first, stuffing a zero byte after each 0xFF and padding with ones. */
    private static final class BitWriter {
        private final ByteArrayOutputStream out;
        private int buffer;
        private int count;

        BitWriter(ByteArrayOutputStream out) {
            this.out = out;
        }

        void write(int value, int length) {
            for (int i = length - 1; i >= 0; i--) {
                buffer = buffer << 1 | (value >>> i) & 1;
                if (++count == 8) {
                    emit();
                }
            }
        }

        void flush() {
            while (count != 0) {
                write(1, 1);
            }
        }

        private void emit() {
            out.write(buffer);
            if (buffer == 0xFF) {
                out.write(0);
            }
            buffer = 0;
            count = 0;
        }
    }
}
