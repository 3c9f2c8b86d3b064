package io.healthimaging.codec.pixel.jpeg;

import io.healthimaging.codec.pixel.PixelDataException;

import java.util.List;

/**
 * Decodes one scan of the predictive lossless process (T.81 Annex H, process 14) into its components' planes.
 * Each sample is its prediction from already decoded neighbours plus a Huffman-coded difference, modulo 2^16;
 * the point transform shifts the reconstructed values left at the end.
 */
final class LosslessScanDecoder {
    private final List<ScanComponent> components;
    private final int predictor;
    private final int pointTransform;
    private final int restartInterval;
    private final int initialPrediction;
    private final int width;
    private final int height;

    LosslessScanDecoder(JpegFrame frame, List<ScanComponent> components, int predictor, int pointTransform,
            int restartInterval) throws PixelDataException {
        if (predictor < 1 || predictor > 7) {
            throw new PixelDataException("JPEG lossless scan selects predictor " + predictor + " (1 to 7)");
        }
        if (pointTransform >= frame.precision) {
            throw new PixelDataException("JPEG lossless point transform " + pointTransform
                    + " is not below the precision " + frame.precision);
        }
        this.components = components;
        this.predictor = predictor;
        this.pointTransform = pointTransform;
        this.restartInterval = restartInterval;
        this.initialPrediction = 1 << (frame.precision - pointTransform - 1);
        FrameComponent first = components.get(0).component;
        this.width = first.width;
        this.height = first.height;
    }

    void decode(EntropyReader in) throws PixelDataException {
        int count = components.size();
        int[][] planes = new int[count][];
        HuffmanTable[] tables = new HuffmanTable[count];
        for (int i = 0; i < count; i++) {
            planes[i] = components.get(i).component.plane;
            tables[i] = components.get(i).dcTable;
        }
        int firstLineOfInterval = 0;
        int decoded = 0;
        int nextRestart = 0;
        for (int y = 0; y < height; y++) {
            boolean firstLine = y == firstLineOfInterval;
            for (int x = 0; x < width; x++) {
                int at = y * width + x;
                for (int i = 0; i < count; i++) {
                    int prediction = firstLine ? (x == 0 ? initialPrediction : planes[i][at - 1])
                            : predict(planes[i], at, x);
                    planes[i][at] = (prediction + difference(in, tables[i])) & 0xFFFF;
                }
                decoded++;
                if (restartInterval > 0 && decoded % restartInterval == 0 && decoded < width * height) {
                    if (x != width - 1) {
                        throw new PixelDataException("JPEG lossless restart interval of " + restartInterval
                                + " does not end at a line boundary");
                    }
                    in.restart(nextRestart, "lossless scan");
                    nextRestart = (nextRestart + 1) & 7;
                    firstLineOfInterval = y + 1;
                }
            }
            if (in.overrun()) {
                in.requireComplete("lossless scan");
            }
        }
        in.requireComplete("lossless scan");
        if (pointTransform > 0) {
            for (int[] plane : planes) {
                for (int i = 0; i < width * height; i++) {
                    plane[i] <<= pointTransform;
                }
            }
        }
    }

    private int predict(int[] plane, int at, int x) {
        int b = plane[at - width];
        return x == 0 ? b : predict(predictor, plane[at - 1], b, plane[at - width - 1]);
    }

    /** T.81 Table H.1: the prediction of selection value {@code predictor} from Ra, Rb and Rc. */
    static int predict(int predictor, int a, int b, int c) {
        return switch (predictor) {
            case 1 -> a;
            case 2 -> b;
            case 3 -> c;
            case 4 -> a + b - c;
            case 5 -> a + ((b - c) >> 1);
            case 6 -> b + ((a - c) >> 1);
            default -> (a + b) >> 1;
        };
    }

    /** T.81 H.1.2.2: category 16 is the difference 32768 and carries no further bits. */
    private static int difference(EntropyReader in, HuffmanTable table) throws PixelDataException {
        int category = table.decode(in);
        if (category == 16) {
            return 32768;
        }
        if (category > 16) {
            throw new PixelDataException("JPEG lossless difference category " + category + " exceeds 16");
        }
        return DctScanDecoder.extend(in, category);
    }
}
