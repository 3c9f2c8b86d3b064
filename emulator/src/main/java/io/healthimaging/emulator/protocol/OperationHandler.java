package io.healthimaging.emulator.protocol;

/** Serves one operation of the model: receives its validated input, returns its output. */
@FunctionalInterface
public interface OperationHandler {

    Struct handle(Input input);
}
