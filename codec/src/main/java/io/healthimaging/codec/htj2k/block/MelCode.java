package io.healthimaging.codec.htj2k.block;

/**
 * The adaptive run-length code (MEL) of the HT cleanup pass: runs of 0 events are coded with a 13-state
 * machine whose state {@code k} fixes the run length {@code 2^EXPONENT[k]} one "1" bit stands for.
 */
final class MelCode {

    static final int[] EXPONENT = {0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5};
    static final int MAX_STATE = 12;

    private MelCode() {
    }
}
