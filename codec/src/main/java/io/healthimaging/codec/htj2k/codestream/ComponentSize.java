package io.healthimaging.codec.htj2k.codestream;

/**
 * One component as the SIZ marker declares it.
 *
 * @param precision bits per sample, 1..38 (Ssiz)
 * @param signed samples are two's complement (Ssiz bit 7)
 * @param dx horizontal separation on the reference grid (XRsiz), 1..255
 * @param dy vertical separation on the reference grid (YRsiz), 1..255
 */
public record ComponentSize(int precision, boolean signed, int dx, int dy) {
}
