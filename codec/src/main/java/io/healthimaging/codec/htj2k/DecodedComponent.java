package io.healthimaging.codec.htj2k;

/**
 * One decoded component: its samples row-major, at the resolution decoded. Components can differ in
 * size when the codestream subsamples them.
 *
 * @param precision bits per sample as the SIZ marker declares
 * @param signed samples are two's complement values
 */
public record DecodedComponent(int width, int height, int precision, boolean signed, int[] samples) {
}
