package io.healthimaging.codec.pixel.jpeg;

import io.healthimaging.codec.pixel.PixelDataException;

import java.util.Arrays;
import java.util.List;

/**
 * Decodes one sequential DCT scan with Huffman coding (T.81 F.2.2), baseline or extended, into the planes of its
 * components: every block is entropy-decoded, dequantized and inverse transformed as soon as it is read, since
 * a sequential scan carries all 64 coefficients of each block.
 */
final class DctScanDecoder {
    /** Zig-zag position k to natural (row-major) position (T.81 Figure A.6). */
    static final int[] NATURAL_ORDER = {
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5,
        12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
        58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
    };

    private final JpegFrame frame;
    private final List<ScanComponent> components;
    private final int restartInterval;
    private final InverseDct idct;
    private final int[] coefficients = new int[64];
    private final int[] workspace = new int[64];

    DctScanDecoder(JpegFrame frame, List<ScanComponent> components, int restartInterval) {
        this.frame = frame;
        this.components = components;
        this.restartInterval = restartInterval;
        this.idct = new InverseDct(frame.precision);
    }

    void decode(EntropyReader in) throws PixelDataException {
        boolean interleaved = components.size() > 1;
        FrameComponent single = components.get(0).component;
        int mcusPerLine = interleaved ? frame.mcusPerLine : JpegFrame.ceilDiv(single.width, 8);
        int mcuRows = interleaved ? frame.mcuRows : JpegFrame.ceilDiv(single.height, 8);
        int mcus = mcusPerLine * mcuRows;
        int decoded = 0;
        int nextRestart = 0;
        for (int mcuRow = 0; mcuRow < mcuRows; mcuRow++) {
            for (int mcuColumn = 0; mcuColumn < mcusPerLine; mcuColumn++) {
                if (interleaved) {
                    decodeInterleavedMcu(in, mcuRow, mcuColumn);
                } else {
                    decodeBlock(in, components.get(0), mcuRow, mcuColumn);
                }
                decoded++;
                if (restartInterval > 0 && decoded % restartInterval == 0 && decoded < mcus) {
                    in.restart(nextRestart, "DCT scan");
                    nextRestart = (nextRestart + 1) & 7;
                    for (ScanComponent c : components) {
                        c.dcPredictor = 0;
                    }
                }
            }
            if (in.overrun()) {
                in.requireComplete("DCT scan");
            }
        }
        in.requireComplete("DCT scan");
    }

    private void decodeInterleavedMcu(EntropyReader in, int mcuRow, int mcuColumn) throws PixelDataException {
        for (ScanComponent c : components) {
            int h = c.component.horizontalSampling;
            int v = c.component.verticalSampling;
            for (int y = 0; y < v; y++) {
                for (int x = 0; x < h; x++) {
                    decodeBlock(in, c, mcuRow * v + y, mcuColumn * h + x);
                }
            }
        }
    }

    private void decodeBlock(EntropyReader in, ScanComponent c, int blockRow, int blockColumn)
            throws PixelDataException {
        Arrays.fill(coefficients, 0);
        int category = c.dcTable.decode(in);
        if (category > 16) {
            throw new PixelDataException("JPEG DC difference category " + category + " exceeds 16");
        }
        c.dcPredictor += extend(in, category);
        coefficients[0] = c.dcPredictor;
        for (int k = 1; k < 64; k++) {
            int symbol = c.acTable.decode(in);
            int run = symbol >>> 4;
            int size = symbol & 15;
            if (size == 0) {
                if (run != 15) {
                    break;
                }
                k += 15;
                continue;
            }
            k += run;
            if (k > 63) {
                throw new PixelDataException("JPEG block codes a coefficient beyond the 64th");
            }
            coefficients[NATURAL_ORDER[k]] = extend(in, size);
        }
        FrameComponent component = c.component;
        int offset = blockRow * 8 * component.planeWidth + blockColumn * 8;
        idct.transform(coefficients, c.quantization, workspace, component.plane, offset, component.planeWidth);
    }

    /** T.81 F.2.2.1: the {@code size} bits that follow a category code give a signed difference. */
    static int extend(EntropyReader in, int size) {
        if (size == 0) {
            return 0;
        }
        int value = in.bits(size);
        return value < 1 << (size - 1) ? value - (1 << size) + 1 : value;
    }
}
