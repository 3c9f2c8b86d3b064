package io.healthimaging.codec.pixel.jpeg;

/**
 * A decoded JPEG stream: its component planes, and the markers that say which colour space they are in.
 *
 * @param adobeTransform the transform flag of an Adobe APP14 segment, -1 without one
 */
record DecodedJpeg(JpegFrame frame, boolean jfif, int adobeTransform) {
}
