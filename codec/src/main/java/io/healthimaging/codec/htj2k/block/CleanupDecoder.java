package io.healthimaging.codec.htj2k.block;

/**
 * The HT cleanup pass decoder: splits a cleanup segment into its MagSgn, MEL and VLC streams using the Scup
 * suffix, decodes every quad and writes the coefficients {@code ±mu << plane}. Data that breaks one of the
 * segment's structural rules ends in an {@link HtCodingException}; HT data carries no checksum, so damage
 * that keeps every rule decodes to wrong coefficients, as in any HT decoder.
 */
final class CleanupDecoder {

    private static final int MAX_SCUP = 4079;

    private final ForwardBitstreamReader magSgn = new ForwardBitstreamReader("MagSgn");
    private final MelDecoder mel = new MelDecoder();
    private final BackwardBitstreamReader vlc = new BackwardBitstreamReader("VLC");
    private final int[] exponentOffsets = new int[2];
    private final ExponentRows rows = new ExponentRows();
    private int[] above;
    private int[] below;
    private int exponentBound;

    /**
     * Decodes {@code data[start .. start + lcup)}, a cleanup segment coding {@code codedPlanes} magnitude
     * bit-planes above {@code plane}.
     */
    void decode(byte[] data, int start, int lcup, int codedPlanes, int plane, int width, int height,
                int[] out, int outOffset, int outStride) {
        if (lcup < 2) {
            throw new HtCodingException("cleanup segment of " + lcup + " bytes cannot hold its 2-byte Scup suffix");
        }
        int end = start + lcup;
        int scup = (data[end - 1] & 0xFF) << 4 | data[end - 2] & 0xF;
        if (scup < 2 || scup > lcup || scup > MAX_SCUP) {
            throw new HtCodingException("cleanup segment of " + lcup + " bytes declares Scup " + scup
                    + "; 2 <= Scup <= min(Lcup, 4079) is required");
        }
        int pcup = lcup - scup;
        magSgn.reset(data, start, start + pcup, 0xFF);
        mel.reset(data, start + pcup, end - 1);
        vlc.resetForVlc(data, start + pcup, end);
        // A sample needs at most codedPlanes + 1 MagSgn bits (E is the bit length of 2mu - 1).
        exponentBound = codedPlanes + 1;
        rows.start(width);
        for (int y = 0; y < height; y += 2) {
            above = rows.above();
            below = rows.below();
            decodeQuadRow(out, outOffset + y * outStride, y + 1 < height ? outStride : -1, width, height, y == 0,
                    plane);
            rows.advance();
        }
        checkConsumption(start + pcup, end, pcup);
    }

    private void decodeQuadRow(int[] out, int rowStart, int secondRow, int width, int height, boolean firstRow,
                               int plane) {
        CxtVlcTable table = CxtVlcTable.forRow(firstRow);
        int previousRho = 0;
        for (int x = 0; x < width; x += 4) {
            int context = QuadContext.of(firstRow, above, x, previousRho);
            int first = decodeQuadCodeword(table, context);
            int second = 0;
            previousRho = first >>> 4 & 0xF;
            boolean hasSecond = x + 2 < width;
            if (hasSecond) {
                context = QuadContext.of(firstRow, above, x + 2, previousRho);
                second = decodeQuadCodeword(table, context);
                previousRho = second >>> 4 & 0xF;
            }
            decodeExponentOffsets(first >>> 3 & 1, second >>> 3 & 1, firstRow);
            decodeQuad(first, exponentOffsets[0], out, rowStart, secondRow, x, width, height, firstRow, plane);
            if (hasSecond) {
                decodeQuad(second, exponentOffsets[1], out, rowStart, secondRow, x + 2, width, height, firstRow,
                        plane);
            }
        }
    }

    /** The quad's CxtVLC table entry; an all-insignificant context first asks MEL whether there is one. */
    private int decodeQuadCodeword(CxtVlcTable table, int context) {
        if (context == 0 && !mel.decode()) {
            return 0;
        }
        int entry = table.decoderEntry(context, vlc.peek());
        vlc.skip(entry & 7);
        return entry;
    }

    /** Decodes u of both quads of a pair into {@link #exponentOffsets}, mirroring the encoder. */
    private void decodeExponentOffsets(int uOff0, int uOff1, boolean firstRow) {
        int bits = vlc.peek();
        int used = 0;
        int prefix0 = 0;
        int prefix1 = 0;
        int bias = 0;
        if (uOff0 != 0) {
            prefix0 = UvlcCode.decodePrefix(bits);
            used += prefix0 & 3;
        }
        if (firstRow && uOff0 != 0 && uOff1 != 0) {
            if (mel.decode()) {
                bias = 2;
            } else if ((prefix0 >>> 5) >= 3) {
                // u0 > 2 leaves u1 at 1 or 2: a single bit instead of its prefix.
                exponentOffsets[1] = 1 + (bits >>> used & 1);
                used++;
                used += suffix(bits, used, prefix0, 0, 0);
                vlc.skip(used);
                return;
            }
        }
        if (uOff1 != 0) {
            prefix1 = UvlcCode.decodePrefix(bits >>> used);
            used += prefix1 & 3;
        }
        used += suffix(bits, used, prefix0, 0, bias);
        used += suffix(bits, used, prefix1, 1, bias);
        vlc.skip(used);
    }

    /** Completes quad {@code quad}'s u from its decoded prefix and the suffix at {@code bits >>> used}. */
    private int suffix(int bits, int used, int prefix, int quad, int bias) {
        if (prefix == 0) {
            exponentOffsets[quad] = 0;
            return 0;
        }
        int length = prefix >>> 2 & 7;
        int suffix = bits >>> used & (1 << length) - 1;
        if (length == 5 && suffix >= UvlcCode.EXTENSION_SUFFIX) {
            throw new HtCodingException("quad exponent offset u_q of 33 or more: a code-block has at most "
                    + "30 magnitude bit-planes");
        }
        exponentOffsets[quad] = bias + (prefix >>> 5) + suffix;
        return length;
    }

    private void decodeQuad(int entry, int u, int[] out, int rowStart, int secondRow, int x, int width,
                            int height, boolean firstRow, int plane) {
        int rho = entry >>> 4 & 0xF;
        boolean twoColumns = x + 1 < width;
        boolean twoRows = secondRow >= 0;
        int outside = (twoColumns ? 0 : 0b1100) | (twoRows ? 0 : 0b1010);
        if ((rho & outside) != 0) {
            throw new HtCodingException("a VLC codeword marks samples outside the " + width + "x" + height
                    + " code-block significant");
        }
        int kappa = firstRow ? 1 : QuadContext.laterRowKappa(above, x, rho);
        int bound = u + kappa;
        if (bound > exponentBound) {
            throw new HtCodingException("quad exponent bound U_q = " + bound + " exceeds the " + exponentBound
                    + " that the signalled missing MSBs allow");
        }
        int known = entry >>> 12;
        int knownOnes = entry >>> 8 & 0xF;
        out[rowStart + x] = decodeSample(rho, 0, bound, known, knownOnes, plane, x);
        if (twoRows) {
            out[rowStart + secondRow + x] = decodeSample(rho, 1, bound, known, knownOnes, plane, x);
        }
        if (twoColumns) {
            out[rowStart + x + 1] = decodeSample(rho, 2, bound, known, knownOnes, plane, x + 1);
            if (twoRows) {
                out[rowStart + secondRow + x + 1] = decodeSample(rho, 3, bound, known, knownOnes, plane, x + 1);
            }
        }
    }

    /** Reads sample n's MagSgn bits; records its exponent for the next quad row if it is a bottom sample. */
    private int decodeSample(int rho, int n, int bound, int known, int knownOnes, int plane, int column) {
        if ((rho >>> n & 1) == 0) {
            return 0;
        }
        int bits = bound - (known >>> n & 1);
        int value = magSgn.peek() & (int) ((1L << bits) - 1) | (knownOnes >>> n & 1) << bits;
        magSgn.skip(bits);
        if ((n & 1) != 0) {
            below[column + 1] = 32 - Integer.numberOfLeadingZeros(value | 1);
        }
        int magnitude = ((value >>> 1) + 1) << plane;
        return (value & 1) != 0 ? -magnitude : magnitude;
    }

    /**
     * MEL reads forward and VLC backward through the same Scup bytes, sharing at most one byte; MagSgn may
     * read at most one byte past its end (an encoder drops a final 0xFF byte, which the decoder feeds back).
     */
    private void checkConsumption(int scupStart, int end, int pcup) {
        int vlcLowest = end - 2 - (vlc.bytesTouched() - 1);
        if (mel.lastByteTouched() > vlcLowest) {
            throw new HtCodingException("MEL and VLC data overlap in the last " + (end - scupStart)
                    + " bytes of the cleanup segment: it is truncated or its Scup is wrong");
        }
        if (magSgn.bytesTouched() > pcup + 1) {
            throw new HtCodingException("MagSgn data runs " + (magSgn.bytesTouched() - pcup)
                    + " bytes past its " + pcup + "-byte segment: the cleanup segment is truncated or its Scup is wrong");
        }
    }
}
