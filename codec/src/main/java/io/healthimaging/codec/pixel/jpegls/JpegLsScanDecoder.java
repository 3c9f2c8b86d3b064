package io.healthimaging.codec.pixel.jpegls;

import io.healthimaging.codec.pixel.PixelDataException;

import java.util.Arrays;

/**
 * Decodes one JPEG-LS scan (T.87 Annex A): context modelling on the quantized local gradients, median edge
 * detection prediction with bias correction, limited-length Golomb codes in regular mode and run-length coding
 * with run interruption samples in run mode. The components of a scan share one set of contexts; line
 * interleaving keeps a run index per component, sample interleaving enters run mode only when every component
 * is flat and codes its interruption samples in the first run context against the sample above (as CharLS,
 * behind dcmtk and GDCM, does).
 */
final class JpegLsScanDecoder {
    /** T.87 A.7.1.1: the order of the run lengths coded by one run bit. */
    private static final int[] J = {
        0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    };
    private static final int RUN_CONTEXT = 365;
    private static final int MIN_C = -128;
    private static final int MAX_C = 127;

    private final CodingParameters p;
    private final int width;
    private final int height;
    private final int step;
    private final byte[] gradientQuantization;
    private final int gradientOffset;
    private final int[] a = new int[367];
    private final int[] b = new int[367];
    private final int[] c = new int[367];
    private final int[] n = new int[367];
    private final int[] nn = new int[367];
    private JpegLsBitReader in;
    private int runIndex;

    JpegLsScanDecoder(CodingParameters parameters, int width, int height) {
        this.p = parameters;
        this.width = width;
        this.height = height;
        this.step = 2 * parameters.near + 1;
        this.gradientOffset = parameters.maxValue;
        this.gradientQuantization = new byte[2 * parameters.maxValue + 1];
        for (int d = -parameters.maxValue; d <= parameters.maxValue; d++) {
            gradientQuantization[d + gradientOffset] = (byte) quantize(d);
        }
        int initialA = Math.max(2, (parameters.range + 32) / 64);
        Arrays.fill(a, initialA);
        Arrays.fill(n, 1);
    }

    /** Decodes the scan into {@code planes} (one per scan component, width x height) and checks it was complete. */
    void decode(JpegLsBitReader reader, int[][] planes, int interleave) throws PixelDataException {
        this.in = reader;
        int components = planes.length;
        int[][] previous = new int[components][width + 2];
        int[][] current = new int[components][width + 2];
        int[] runIndices = new int[components];
        for (int y = 0; y < height; y++) {
            for (int i = 0; i < components; i++) {
                previous[i][width + 1] = previous[i][width];
                current[i][0] = previous[i][1];
            }
            if (interleave == 2 && components > 1) {
                decodeSampleInterleavedLine(previous, current);
            } else {
                for (int i = 0; i < components; i++) {
                    runIndex = runIndices[i];
                    decodeLine(previous[i], current[i]);
                    runIndices[i] = runIndex;
                }
            }
            for (int i = 0; i < components; i++) {
                System.arraycopy(current[i], 1, planes[i], y * width, width);
                int[] swap = previous[i];
                previous[i] = current[i];
                current[i] = swap;
            }
            if (in.overrun()) {
                in.requireComplete();
            }
        }
        in.requireComplete();
    }

    private void decodeLine(int[] previous, int[] current) throws PixelDataException {
        int x = 1;
        while (x <= width) {
            int ra = current[x - 1];
            int rb = previous[x];
            int rc = previous[x - 1];
            int context = context(previous[x + 1] - rb, rb - rc, rc - ra);
            if (context == 0) {
                x = decodeRun(previous, current, x);
            } else {
                current[x] = decodeRegular(context, predict(ra, rb, rc));
                x++;
            }
        }
    }

    private void decodeSampleInterleavedLine(int[][] previous, int[][] current) throws PixelDataException {
        int components = previous.length;
        int[] contexts = new int[components];
        int x = 1;
        while (x <= width) {
            boolean flat = true;
            for (int i = 0; i < components; i++) {
                int ra = current[i][x - 1];
                int rb = previous[i][x];
                int rc = previous[i][x - 1];
                contexts[i] = context(previous[i][x + 1] - rb, rb - rc, rc - ra);
                flat &= contexts[i] == 0;
            }
            if (flat) {
                x = decodeInterleavedRun(previous, current, x);
            } else {
                for (int i = 0; i < components; i++) {
                    current[i][x] = decodeRegular(contexts[i],
                            predict(current[i][x - 1], previous[i][x], previous[i][x - 1]));
                }
                x++;
            }
        }
    }

    /** Quantized gradients Q1, Q2, Q3 combined into 81 Q1 + 9 Q2 + Q3 (-364..364; 0 selects run mode). */
    private int context(int d1, int d2, int d3) {
        return 81 * gradientQuantization[d1 + gradientOffset] + 9 * gradientQuantization[d2 + gradientOffset]
                + gradientQuantization[d3 + gradientOffset];
    }

    private int quantize(int d) {
        if (d <= -p.t3) {
            return -4;
        } else if (d <= -p.t2) {
            return -3;
        } else if (d <= -p.t1) {
            return -2;
        } else if (d < -p.near) {
            return -1;
        } else if (d <= p.near) {
            return 0;
        } else if (d < p.t1) {
            return 1;
        } else if (d < p.t2) {
            return 2;
        } else if (d < p.t3) {
            return 3;
        }
        return 4;
    }

    /** Median edge detector (A.4.1). */
    private static int predict(int ra, int rb, int rc) {
        if (rc >= Math.max(ra, rb)) {
            return Math.min(ra, rb);
        }
        if (rc <= Math.min(ra, rb)) {
            return Math.max(ra, rb);
        }
        return ra + rb - rc;
    }

    /** A.4.2 to A.6: one sample in regular mode. */
    private int decodeRegular(int signedContext, int prediction) throws PixelDataException {
        int sign = signedContext < 0 ? -1 : 1;
        int q = signedContext * sign;
        int px = prediction + sign * c[q];
        px = px < 0 ? 0 : Math.min(px, p.maxValue);
        int k = golombParameter(n[q], a[q]);
        int mapped = golomb(k, p.limit);
        int error = (mapped & 1) == 0 ? mapped >> 1 : -((mapped + 1) >> 1);
        if (p.near == 0 && k == 0 && 2 * b[q] <= -n[q]) {
            error = -error - 1;
        }
        updateRegular(q, error);
        return reconstruct(px + sign * error * step);
    }

    private void updateRegular(int q, int error) {
        b[q] += error * step;
        a[q] += Math.abs(error);
        if (n[q] == p.reset) {
            a[q] >>= 1;
            b[q] >>= 1;
            n[q] >>= 1;
        }
        n[q]++;
        if (b[q] <= -n[q]) {
            b[q] += n[q];
            if (c[q] > MIN_C) {
                c[q]--;
            }
            if (b[q] <= -n[q]) {
                b[q] = -n[q] + 1;
            }
        } else if (b[q] > 0) {
            b[q] -= n[q];
            if (c[q] < MAX_C) {
                c[q]++;
            }
            if (b[q] > 0) {
                b[q] = 0;
            }
        }
    }

    /** Run mode for one component: the run of samples equal to Ra, then the interruption sample if any. */
    private int decodeRun(int[] previous, int[] current, int x) throws PixelDataException {
        int ra = current[x - 1];
        int length = runLength(width - x + 1);
        Arrays.fill(current, x, x + length, ra);
        x += length;
        if (x > width) {
            return x;
        }
        int rb = previous[x];
        if (Math.abs(ra - rb) <= p.near) {
            current[x] = reconstruct(ra + interruptionError(1) * step);
        } else {
            current[x] = reconstruct(rb + (rb < ra ? -1 : 1) * interruptionError(0) * step);
        }
        runIndex = Math.max(0, runIndex - 1);
        return x + 1;
    }

    private int decodeInterleavedRun(int[][] previous, int[][] current, int x) throws PixelDataException {
        int length = runLength(width - x + 1);
        for (int[] line : current) {
            Arrays.fill(line, x, x + length, line[x - 1]);
        }
        x += length;
        if (x > width) {
            return x;
        }
        for (int i = 0; i < current.length; i++) {
            int ra = current[i][x - 1];
            int rb = previous[i][x];
            current[i][x] = reconstruct(rb + (rb < ra ? -1 : 1) * interruptionError(0) * step);
        }
        runIndex = Math.max(0, runIndex - 1);
        return x + 1;
    }

    /** A.7.1: the length of a run within the {@code remaining} samples of the line. */
    private int runLength(int remaining) throws PixelDataException {
        int length = 0;
        while (in.bit() == 1) {
            int unit = 1 << J[runIndex];
            int count = Math.min(unit, remaining - length);
            length += count;
            if (count == unit) {
                runIndex = Math.min(31, runIndex + 1);
            }
            if (length == remaining) {
                return length;
            }
            if (in.overrun()) {
                in.requireComplete();
            }
        }
        length += in.bits(J[runIndex]);
        if (length > remaining) {
            throw new PixelDataException("JPEG-LS run of " + length + " samples passes the end of its line");
        }
        return length;
    }

    /** A.7.2: the error of a run interruption sample, coded in context 365 (type 0) or 366 (type 1). */
    private int interruptionError(int type) throws PixelDataException {
        int q = RUN_CONTEXT + type;
        int k = golombParameter(n[q], a[q] + (n[q] >> 1) * type);
        int mapped = golomb(k, p.limit - J[runIndex] - 1);
        int temp = mapped + type;
        int map = temp & 1;
        int magnitude = (temp + map) >> 1;
        int error = ((k != 0 || 2 * nn[q] >= n[q]) == (map == 1)) ? -magnitude : magnitude;
        if (error < 0) {
            nn[q]++;
        }
        a[q] += (mapped + 1 - type) >> 1;
        if (n[q] == p.reset) {
            a[q] >>= 1;
            n[q] >>= 1;
            nn[q] >>= 1;
        }
        n[q]++;
        return error;
    }

    private static int golombParameter(int count, int accumulated) {
        int k = 0;
        while ((long) count << k < accumulated) {
            k++;
        }
        return k;
    }

    /** A.5.3: a limited-length Golomb code; an escape after {@code limit - qbpp - 1} zeros holds qbpp bits. */
    private int golomb(int k, int limit) throws PixelDataException {
        int escape = limit - p.qbpp - 1;
        int high = in.zeros(escape);
        if (high == escape) {
            return in.bits(p.qbpp) + 1;
        }
        if (k > 31 - 1) {
            throw new PixelDataException("JPEG-LS Golomb parameter " + k + " is out of range: the data are corrupt");
        }
        return (high << k) + in.bits(k);
    }

    /** A.4.4 and A.5.2: brings a reconstructed value back into the sample range. */
    private int reconstruct(int value) {
        if (value < -p.near) {
            value += p.range * step;
        } else if (value > p.maxValue + p.near) {
            value -= p.range * step;
        }
        return value < 0 ? 0 : Math.min(value, p.maxValue);
    }
}
