package io.healthimaging.codec.htj2k.block;

/**
 * Decodes the HT SigProp (and MagRef) passes of a refinement segment into coefficients the cleanup decoder
 * produced, refining bit-plane {@code plane - 1}.
 */
final class RefinementDecoder implements RefinementBits {

    private final ForwardBitstreamReader sigProp = new ForwardBitstreamReader("SigProp");
    private final BackwardBitstreamReader magRef = new BackwardBitstreamReader("MagRef");
    private final SignificanceMap map = new SignificanceMap();
    private final RefinementScan scan = new RefinementScan();
    private int[] out;
    private int outOffset;
    private int outStride;
    private int half;

    void decode(byte[] data, int start, int length, boolean withMagRef, int plane, int width, int height,
                int[] out, int outOffset, int outStride, boolean verticallyCausal) {
        this.out = out;
        this.outOffset = outOffset;
        this.outStride = outStride;
        this.half = 1 << plane - 1;
        map.reset(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (out[outOffset + y * outStride + x] != 0) {
                    map.set(x, y);
                }
            }
        }
        sigProp.reset(data, start, start + length, 0);
        magRef.reset(data, start, start + length);
        if (withMagRef) {
            scan.magnitudeRefinement(map, width, height, this);
        }
        scan.significancePropagation(map, width, height, verticallyCausal, this);
        checkConsumption(length, withMagRef);
    }

    @Override
    public int significance(int x, int y) {
        return sigProp.read(1);
    }

    @Override
    public void sign(int x, int y) {
        out[outOffset + y * outStride + x] = sigProp.read(1) != 0 ? -half : half;
    }

    @Override
    public void magnitude(int x, int y) {
        int bit = magRef.read(1);
        int index = outOffset + y * outStride + x;
        if (bit != 0) {
            out[index] += out[index] < 0 ? -half : half;
        }
    }

    /**
     * SigProp reads forward and MagRef backward through the segment, sharing at most one byte; an encoder may
     * leave out a final SigProp byte of zeros, which the decoder feeds back.
     */
    private void checkConsumption(int length, boolean withMagRef) {
        int sigPropBytes = sigProp.bytesTouched();
        int magRefBytes = withMagRef ? magRef.bytesTouched() : 0;
        if (magRefBytes > length) {
            throw new HtCodingException("MagRef data runs past the start of its " + length + "-byte segment");
        }
        if (magRefBytes == 0 ? sigPropBytes > length + 1 : sigPropBytes > length - magRefBytes + 1) {
            throw new HtCodingException("SigProp data runs past its part of the " + length
                    + "-byte refinement segment");
        }
    }
}
