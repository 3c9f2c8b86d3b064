package io.healthimaging.codec.htj2k.block;

/**
 * One code-block's HT coded data as it sits in a packet body: the HT cleanup segment (length
 * {@code cleanupLength}) followed by the HT refinement segment (SigProp + MagRef) if {@code passCount > 1}.
 *
 * @param bytes the cleanup segment, then the refinement segment; empty when {@code passCount} is 0
 * @param cleanupLength length of the cleanup segment (Lcup)
 * @param passCount 0 (every coefficient is zero), 1 (cleanup only) or 3 (cleanup, SigProp, MagRef)
 * @param missingMsbs the number of missing most significant bit-planes to signal for the block: the
 *     cleanup pass codes the magnitudes down to bit-plane {@code p = magnitudeBits - 1 - missingMsbs}, the
 *     refinement passes code bit-plane {@code p - 1}; {@code magnitudeBits} when {@code passCount} is 0
 */
public record CodedBlock(byte[] bytes, int cleanupLength, int passCount, int missingMsbs) {

    public int refinementLength() {
        return bytes.length - cleanupLength;
    }
}
