package io.healthimaging.emulator.protocol;

/** An error that is a shape of the model; the protocol layer answers it with that shape's HTTP status. */
public interface ModeledError {

    /** The error shape name, for example {@code ConflictException}. */
    String errorShape();

    String getMessage();
}
