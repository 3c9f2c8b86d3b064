package io.healthimaging.codec.checksum;

import io.healthimaging.codec.image.SampleImage;

/**
 * The sample buffer a client decoder hands to CRC32 (BEHAVIOUR.md section 17): pixels row-major with
 * their components interleaved, each sample in (precision + 7) / 8 bytes rounded to 1, 2 or 4,
 * little-endian two's complement.
 */
public final class ClientSampleLayout {
    private ClientSampleLayout() {
    }

    public static int bytesPerSample(int precision) {
        return precision <= 8 ? 1 : precision <= 16 ? 2 : 4;
    }

    public static byte[] bytes(SampleImage image) {
        int width = bytesPerSample(image.bitDepth());
        int pixels = image.width() * image.height();
        int components = image.components();
        byte[] out = new byte[Math.multiplyExact(pixels, components * width)];
        int at = 0;
        for (int i = 0; i < pixels; i++) {
            for (int c = 0; c < components; c++) {
                int value = image.plane(c)[i];
                for (int b = 0; b < width; b++) {
                    out[at++] = (byte) (value >> (8 * b));
                }
            }
        }
        return out;
    }
}
