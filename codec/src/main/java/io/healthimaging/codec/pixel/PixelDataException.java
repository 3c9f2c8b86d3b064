package io.healthimaging.codec.pixel;

/**
 * A frame cannot be decoded: its bytes are corrupt or truncated, contradict the Image Pixel attributes, or use a
 * feature of the transfer syntax this emulator does not decode. The message names the cause precisely because the
 * import writes it, per file, into the job's failure output.
 */
public class PixelDataException extends Exception {
    private static final long serialVersionUID = 1L;

    public PixelDataException(String message) {
        super(message);
    }

    public PixelDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
