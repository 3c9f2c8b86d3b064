package io.healthimaging.codec.htj2k.block;

/**
 * The HT cleanup pass encoder: codes, quad by quad, the magnitudes {@code |x| >> plane} of a code-block into
 * the three bitstreams of the cleanup segment (MagSgn forward, MEL forward, VLC backward) and lays them out
 * as MagSgn | MEL | VLC with the 12-bit Scup suffix.
 */
final class CleanupEncoder {

    /** Rec. ITU-T T.814 caps the MEL and VLC part so that its length fits the 12-bit suffix below 0xFF0. */
    private static final int MAX_SCUP = 4079;

    private final ForwardBitstreamWriter magSgn = new ForwardBitstreamWriter();
    private final MelEncoder mel = new MelEncoder();
    private final BackwardBitstreamWriter vlc = new BackwardBitstreamWriter();
    private final int[] exponents = new int[4];
    private final int[] magSgnValues = new int[4];
    private final ExponentRows rows = new ExponentRows();
    private int[] above;
    private int[] below;
    private int scup;

    /** Codes the block, whose magnitudes the caller has checked to be below 2^30; then {@link #length()} is Lcup. */
    void encode(int[] coefficients, int offset, int stride, int width, int height, int plane) {
        int quads = ((width + 1) >> 1) * ((height + 1) >> 1);
        magSgn.reset(width * height * 32 / 7 + 16);
        mel.reset(quads * 2 + 16);
        vlc.resetWithSuffixPlaceholder(quads * 3 + 16);
        rows.start(width);
        for (int y = 0; y < height; y += 2) {
            above = rows.above();
            below = rows.below();
            codeQuadRow(coefficients, offset + y * stride, y + 1 < height ? stride : -1, width, y == 0, plane);
            rows.advance();
        }
        terminate();
    }

    private void codeQuadRow(int[] coefficients, int rowStart, int secondRow, int width, boolean firstRow,
                             int plane) {
        CxtVlcTable table = CxtVlcTable.forRow(firstRow);
        int previousRho = 0;
        for (int x = 0; x < width; x += 4) {
            int context = QuadContext.of(firstRow, above, x, previousRho);
            int first = codeQuad(table, context, coefficients, rowStart, secondRow, x, width, firstRow, plane);
            int u0 = first >>> 4;
            int u1 = 0;
            previousRho = first & 0xF;
            if (x + 2 < width) {
                context = QuadContext.of(firstRow, above, x + 2, previousRho);
                int second = codeQuad(table, context, coefficients, rowStart, secondRow, x + 2, width, firstRow, plane);
                u1 = second >>> 4;
                previousRho = second & 0xF;
            }
            if (firstRow) {
                codeFirstRowExponentOffsets(u0, u1);
            } else {
                codeExponentOffsets(u0, u1);
            }
        }
    }

    /** Codes one quad's significance, exponent bound and MagSgn bits; returns {@code rho | u << 4}. */
    private int codeQuad(CxtVlcTable table, int context, int[] coefficients, int rowStart, int secondRow,
                         int x, int width, boolean firstRow, int plane) {
        boolean twoColumns = x + 1 < width;
        boolean twoRows = secondRow >= 0;
        int rho = prepareSample(0, coefficients[rowStart + x], plane)
                | prepareSample(1, twoRows ? coefficients[rowStart + secondRow + x] : 0, plane) << 1
                | prepareSample(2, twoColumns ? coefficients[rowStart + x + 1] : 0, plane) << 2
                | prepareSample(3, twoRows && twoColumns ? coefficients[rowStart + secondRow + x + 1] : 0, plane) << 3;
        below[x + 1] = exponents[1];
        below[x + 2] = exponents[3];
        if (context == 0) {
            mel.encode(rho != 0);
            if (rho == 0) {
                return 0;
            }
        }
        int largest = Math.max(Math.max(exponents[0], exponents[1]), Math.max(exponents[2], exponents[3]));
        int kappa = firstRow ? 1 : QuadContext.laterRowKappa(above, x, rho);
        int bound = Math.max(largest, kappa);
        int u = bound - kappa;
        int emb = 0;
        if (u > 0) {
            for (int n = 0; n < 4; n++) {
                emb |= (exponents[n] == largest ? 1 : 0) << n;
            }
        }
        int entry = table.encoderEntry(context, rho, emb);
        vlc.write(entry & 0xFF, entry >>> 8 & 0xF);
        int known = entry >>> 12;
        for (int n = 0; n < 4; n++) {
            if ((rho >>> n & 1) != 0) {
                magSgn.write(magSgnValues[n], bound - (known >>> n & 1));
            }
        }
        return rho | u << 4;
    }

    /**
     * Records sample n's exponent E and MagSgn value {@code 2(mu - 1) + sign}; returns its significance.
     * E is the bit length of {@code 2mu - 1}, the number of MagSgn bits the sample needs.
     */
    private int prepareSample(int n, int coefficient, int plane) {
        int mu = Math.abs(coefficient) >>> plane;
        if (mu == 0) {
            exponents[n] = 0;
            return 0;
        }
        exponents[n] = 32 - Integer.numberOfLeadingZeros(2 * mu - 1);
        magSgnValues[n] = 2 * (mu - 1) + (coefficient >>> 31);
        return 1;
    }

    /**
     * First-row quad pairs whose two quads both exceed their predictor spend a MEL event on "both u above 2",
     * which lets the U-VLC drop two from each.
     */
    private void codeFirstRowExponentOffsets(int u0, int u1) {
        if (u0 > 0 && u1 > 0) {
            boolean bothAbove2 = u0 > 2 && u1 > 2;
            mel.encode(bothAbove2);
            if (bothAbove2) {
                codeExponentOffsets(u0 - 2, u1 - 2);
                return;
            }
            if (u0 > 2) {
                // u1 is then 1 or 2: one bit replaces its prefix and no suffix follows.
                vlc.write(UvlcCode.prefixBits(u0), UvlcCode.prefixLength(u0));
                vlc.write(u1 - 1, 1);
                vlc.write(UvlcCode.suffixBits(u0), UvlcCode.suffixLength(u0));
                return;
            }
        }
        codeExponentOffsets(u0, u1);
    }

    private void codeExponentOffsets(int u0, int u1) {
        vlc.write(UvlcCode.prefixBits(u0), UvlcCode.prefixLength(u0));
        vlc.write(UvlcCode.prefixBits(u1), UvlcCode.prefixLength(u1));
        vlc.write(UvlcCode.suffixBits(u0), UvlcCode.suffixLength(u0));
        vlc.write(UvlcCode.suffixBits(u1), UvlcCode.suffixLength(u1));
    }

    /**
     * Ends the three streams. The last MEL byte and the first VLC byte in memory order may share one byte
     * when their bits do not collide; the VLC byte that carries the low half of Scup never takes MEL bits.
     */
    private void terminate() {
        magSgn.finishPaddedWithOnes();
        mel.finishRun();
        int melMask = mel.pendingMask();
        int melByte = mel.pendingByte();
        int vlcMask = (1 << vlc.pendingBits()) - 1;
        int vlcByte = vlc.pendingByte();
        if ((melMask | vlcMask) != 0) {
            int fused = melByte | vlcByte;
            boolean shareable = ((fused ^ melByte) & melMask) == 0 && ((fused ^ vlcByte) & vlcMask) == 0
                    && fused != 0xFF && vlc.length() > 1;
            if (shareable) {
                mel.appendByte(fused);
            } else {
                if (melMask != 0) {
                    mel.appendByte(melByte);
                }
                vlc.emitPendingByte();
            }
        }
        scup = mel.length() + vlc.length();
        if (scup > MAX_SCUP) {
            throw new IllegalStateException("MEL and VLC need " + scup + " bytes, more than Scup allows");
        }
    }

    int length() {
        return magSgn.length() + scup;
    }

    /** Writes the cleanup segment ({@link #length()} bytes) to {@code target} at {@code position}. */
    void writeSegment(byte[] target, int position) {
        System.arraycopy(magSgn.buffer(), 0, target, position, magSgn.length());
        System.arraycopy(mel.buffer(), 0, target, position + magSgn.length(), mel.length());
        vlc.copyTo(target, position + magSgn.length() + mel.length());
        int end = position + length();
        target[end - 1] = (byte) (scup >>> 4);
        target[end - 2] = (byte) (target[end - 2] & 0xF0 | scup & 0xF);
    }
}
