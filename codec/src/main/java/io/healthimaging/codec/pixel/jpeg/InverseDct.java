package io.healthimaging.codec.pixel.jpeg;

/**
 * The accurate integer inverse DCT of IJG libjpeg ("islow": the Loeffler-Ligtenberg-Moschytz factorization with
 * 13-bit fixed-point constants), the method dcmtk's and most other DICOM JPEG decoders use. Computing with the
 * same constants, intermediate scaling and rounding is what lets lossy frames decode to the reference's samples
 * rather than merely close to them.
 *
 * <p>Columns are transformed first into a workspace scaled up by {@code PASS1_BITS} (2 for 8-bit samples, 1 for
 * 12-bit, where the extra bit would overflow 32-bit intermediates), then rows, which also undo the factor 8 of
 * the 2-D transform and add the level shift.
 */
final class InverseDct {
    private static final int CONST_BITS = 13;
    private static final long FIX_0_298631336 = 2446;
    private static final long FIX_0_390180644 = 3196;
    private static final long FIX_0_541196100 = 4433;
    private static final long FIX_0_765366865 = 6270;
    private static final long FIX_0_899976223 = 7373;
    private static final long FIX_1_175875602 = 9633;
    private static final long FIX_1_501321110 = 12299;
    private static final long FIX_1_847759065 = 15137;
    private static final long FIX_1_961570560 = 16069;
    private static final long FIX_2_053119869 = 16819;
    private static final long FIX_2_562915447 = 20995;
    private static final long FIX_3_072711026 = 25172;

    private final int pass1Bits;
    private final int center;
    private final int maxSample;
    /** The odd part's four results; one transform at a time uses it, so an instance is not shared by threads. */
    private final long[] odd = new long[4];

    InverseDct(int precision) {
        this.pass1Bits = precision == 8 ? 2 : 1;
        this.center = 1 << (precision - 1);
        this.maxSample = (1 << precision) - 1;
    }

    /**
     * Transforms one block of quantized coefficients (natural order) into 8 x 8 samples at {@code offset} of
     * {@code out}, whose rows are {@code stride} apart. {@code workspace} holds 64 ints of scratch.
     */
    void transform(int[] coefficients, int[] quantization, int[] workspace, int[] out, int offset, int stride) {
        for (int column = 0; column < 8; column++) {
            transformColumn(coefficients, quantization, workspace, column);
        }
        for (int row = 0; row < 8; row++) {
            transformRow(workspace, row * 8, out, offset + row * stride);
        }
    }

    private void transformColumn(int[] in, int[] q, int[] ws, int c) {
        if (in[c + 8] == 0 && in[c + 16] == 0 && in[c + 24] == 0 && in[c + 32] == 0 && in[c + 40] == 0
                && in[c + 48] == 0 && in[c + 56] == 0) {
            int dc = in[c] * q[c] << pass1Bits;
            for (int r = 0; r < 64; r += 8) {
                ws[c + r] = dc;
            }
            return;
        }
        long z2 = (long) in[c + 16] * q[c + 16];
        long z3 = (long) in[c + 48] * q[c + 48];
        long z1 = (z2 + z3) * FIX_0_541196100;
        long tmp2 = z1 - z3 * FIX_1_847759065;
        long tmp3 = z1 + z2 * FIX_0_765366865;
        z2 = (long) in[c] * q[c];
        z3 = (long) in[c + 32] * q[c + 32];
        long tmp0 = (z2 + z3) << CONST_BITS;
        long tmp1 = (z2 - z3) << CONST_BITS;
        long tmp10 = tmp0 + tmp3;
        long tmp13 = tmp0 - tmp3;
        long tmp11 = tmp1 + tmp2;
        long tmp12 = tmp1 - tmp2;

        oddPart((long) in[c + 56] * q[c + 56], (long) in[c + 40] * q[c + 40], (long) in[c + 24] * q[c + 24],
                (long) in[c + 8] * q[c + 8]);
        int shift = CONST_BITS - pass1Bits;
        ws[c] = descale(tmp10 + odd[3], shift);
        ws[c + 56] = descale(tmp10 - odd[3], shift);
        ws[c + 8] = descale(tmp11 + odd[2], shift);
        ws[c + 48] = descale(tmp11 - odd[2], shift);
        ws[c + 16] = descale(tmp12 + odd[1], shift);
        ws[c + 40] = descale(tmp12 - odd[1], shift);
        ws[c + 24] = descale(tmp13 + odd[0], shift);
        ws[c + 32] = descale(tmp13 - odd[0], shift);
    }

    private void transformRow(int[] ws, int r, int[] out, int o) {
        long z2 = ws[r + 2];
        long z3 = ws[r + 6];
        long z1 = (z2 + z3) * FIX_0_541196100;
        long tmp2 = z1 - z3 * FIX_1_847759065;
        long tmp3 = z1 + z2 * FIX_0_765366865;
        long tmp0 = ((long) ws[r] + ws[r + 4]) << CONST_BITS;
        long tmp1 = ((long) ws[r] - ws[r + 4]) << CONST_BITS;
        long tmp10 = tmp0 + tmp3;
        long tmp13 = tmp0 - tmp3;
        long tmp11 = tmp1 + tmp2;
        long tmp12 = tmp1 - tmp2;

        oddPart(ws[r + 7], ws[r + 5], ws[r + 3], ws[r + 1]);
        int shift = CONST_BITS + pass1Bits + 3;
        out[o] = limit(descale(tmp10 + odd[3], shift));
        out[o + 7] = limit(descale(tmp10 - odd[3], shift));
        out[o + 1] = limit(descale(tmp11 + odd[2], shift));
        out[o + 6] = limit(descale(tmp11 - odd[2], shift));
        out[o + 2] = limit(descale(tmp12 + odd[1], shift));
        out[o + 5] = limit(descale(tmp12 - odd[1], shift));
        out[o + 3] = limit(descale(tmp13 + odd[0], shift));
        out[o + 4] = limit(descale(tmp13 - odd[0], shift));
    }

    /** The odd part from inputs 7, 5, 3 and 1: the terms added to outputs 3/4, 2/5, 1/6 and 0/7. */
    private void oddPart(long tmp0, long tmp1, long tmp2, long tmp3) {
        long z1 = tmp0 + tmp3;
        long z2 = tmp1 + tmp2;
        long z3 = tmp0 + tmp2;
        long z4 = tmp1 + tmp3;
        long z5 = (z3 + z4) * FIX_1_175875602;
        tmp0 *= FIX_0_298631336;
        tmp1 *= FIX_2_053119869;
        tmp2 *= FIX_3_072711026;
        tmp3 *= FIX_1_501321110;
        z1 *= -FIX_0_899976223;
        z2 *= -FIX_2_562915447;
        z3 = z3 * -FIX_1_961570560 + z5;
        z4 = z4 * -FIX_0_390180644 + z5;
        odd[0] = tmp0 + z1 + z3;
        odd[1] = tmp1 + z2 + z4;
        odd[2] = tmp2 + z2 + z3;
        odd[3] = tmp3 + z1 + z4;
    }

    private static int descale(long x, int n) {
        return (int) ((x + (1L << (n - 1))) >> n);
    }

    private int limit(int value) {
        int sample = value + center;
        return sample < 0 ? 0 : Math.min(sample, maxSample);
    }
}
