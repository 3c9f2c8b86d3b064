package io.healthimaging.codec.htj2k.block;

/**
 * Encodes the HT SigProp and MagRef passes for bit-plane {@code plane - 1} after a cleanup pass at
 * {@code plane}, and lays them out as one refinement segment: SigProp bytes forward, MagRef bytes backward
 * from the end, sharing at most one byte.
 */
final class RefinementEncoder implements RefinementBits {

    private final ForwardBitstreamWriter sigProp = new ForwardBitstreamWriter();
    private final BackwardBitstreamWriter magRef = new BackwardBitstreamWriter();
    private final SignificanceMap map = new SignificanceMap();
    private final RefinementScan scan = new RefinementScan();
    private int[] coefficients;
    private int offset;
    private int stride;
    private int bitShift;
    private int newlySignificant;

    /**
     * Codes the passes. Returns whether they reach every sample that becomes significant in bit-plane
     * {@code plane - 1}: SigProp only visits samples next to significant ones, so an isolated sample of
     * magnitude {@code 2^(plane-1)} would be lost.
     */
    boolean encode(int[] coefficients, int offset, int stride, int width, int height, int plane,
                   boolean verticallyCausal) {
        this.coefficients = coefficients;
        this.offset = offset;
        this.stride = stride;
        this.bitShift = plane - 1;
        sigProp.reset(width * height / 3 + 16);
        magRef.reset(width * height / 7 + 16);
        map.reset(width, height);
        int expected = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int magnitude = Math.abs(coefficients[offset + y * stride + x]);
                if (magnitude >>> plane != 0) {
                    map.set(x, y);
                } else if (magnitude >>> bitShift != 0) {
                    expected++;
                }
            }
        }
        newlySignificant = 0;
        scan.magnitudeRefinement(map, width, height, this);
        scan.significancePropagation(map, width, height, verticallyCausal, this);
        terminate();
        return newlySignificant == expected;
    }

    private int coefficient(int x, int y) {
        return coefficients[offset + y * stride + x];
    }

    @Override
    public int significance(int x, int y) {
        int bit = Math.abs(coefficient(x, y)) >>> bitShift & 1;
        sigProp.write(bit, 1);
        newlySignificant += bit;
        return bit;
    }

    @Override
    public void sign(int x, int y) {
        sigProp.write(coefficient(x, y) >>> 31, 1);
    }

    @Override
    public void magnitude(int x, int y) {
        magRef.write(Math.abs(coefficient(x, y)) >>> bitShift & 1, 1);
    }

    /**
     * The last SigProp byte and the last MagRef byte share one byte when their bits agree; a SigProp byte
     * after 0xFF keeps its stuffed 0 either way, so no marker code can form.
     */
    private void terminate() {
        sigProp.emitWholeBytes();
        int sigPropByte = sigProp.pendingByte();
        int sigPropMask = (1 << sigProp.pendingBits()) - 1 | (sigProp.pendingByteIsStuffed() ? 0x80 : 0);
        int magRefByte = magRef.pendingByte();
        int magRefMask = (1 << magRef.pendingBits()) - 1;
        if ((sigPropMask | magRefMask) == 0) {
            return;
        }
        int fused = sigPropByte | magRefByte;
        if (((fused ^ sigPropByte) & sigPropMask) == 0 && ((fused ^ magRefByte) & magRefMask) == 0) {
            sigProp.appendByte(fused);
        } else {
            sigProp.appendByte(sigPropByte);
            magRef.emitPendingByte();
        }
    }

    int length() {
        return sigProp.length() + magRef.length();
    }

    void writeSegment(byte[] target, int position) {
        System.arraycopy(sigProp.buffer(), 0, target, position, sigProp.length());
        magRef.copyTo(target, position + sigProp.length());
    }
}
