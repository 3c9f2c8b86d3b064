package io.healthimaging.codec.htj2k.block;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A binary PGM (P5) grey image of 1 to 16 bits, the format both reference tools read and write. */
record PgmImage(int width, int height, int bitDepth, int[] samples) {

    void write(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("P5\n" + width + " " + height + "\n" + ((1 << bitDepth) - 1) + "\n")
                .getBytes(StandardCharsets.US_ASCII));
        for (int sample : samples) {
            if (bitDepth > 8) {
                out.write(sample >>> 8);
            }
            out.write(sample);
        }
        Files.write(file, out.toByteArray());
    }

    static PgmImage read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int[] position = {0};
        if (!"P5".equals(token(bytes, position))) {
            throw new IOException(file + " is not a binary PGM");
        }
        int width = Integer.parseInt(token(bytes, position));
        int height = Integer.parseInt(token(bytes, position));
        int maxValue = Integer.parseInt(token(bytes, position));
        int offset = position[0] + 1;
        int bitDepth = 32 - Integer.numberOfLeadingZeros(maxValue);
        int[] samples = new int[width * height];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = maxValue > 255
                    ? (bytes[offset + 2 * i] & 0xFF) << 8 | bytes[offset + 2 * i + 1] & 0xFF
                    : bytes[offset + i] & 0xFF;
        }
        return new PgmImage(width, height, bitDepth, samples);
    }

    private static String token(byte[] bytes, int[] position) {
        while (Character.isWhitespace(bytes[position[0]]) || bytes[position[0]] == '#') {
            if (bytes[position[0]] == '#') {
                while (bytes[position[0]] != '\n') {
                    position[0]++;
                }
            }
            position[0]++;
        }
        int start = position[0];
        while (!Character.isWhitespace(bytes[position[0]])) {
            position[0]++;
        }
        return new String(bytes, start, position[0] - start, StandardCharsets.US_ASCII);
    }

    /** The reversible, undecomposed coefficients of the image: samples minus {@code 2^(bitDepth-1)}. */
    int[] coefficients() {
        int[] coefficients = new int[samples.length];
        for (int i = 0; i < samples.length; i++) {
            coefficients[i] = samples[i] - (1 << bitDepth - 1);
        }
        return coefficients;
    }
}
