package io.healthimaging.codec.cli;

import io.healthimaging.codec.image.SampleImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Binary PGM (P5, one component) and PPM (P6, three components) files, the sample files ojph_compress
 * and ojph_expand use: maxval up to 65535, two big-endian bytes per sample above 255.
 */
public final class PnmFile {
    private PnmFile() {
    }

    public static SampleImage read(Path file) throws IOException {
        return parse(Files.readAllBytes(file), file.toString());
    }

    static SampleImage parse(byte[] data, String name) {
        Header header = Header.parse(data, name);
        int bytesPerSample = header.maxval > 255 ? 2 : 1;
        long needed = (long) header.width * header.height * header.components * bytesPerSample;
        if (data.length - header.dataStart < needed) {
            throw new IllegalArgumentException(name + " holds " + (data.length - header.dataStart)
                    + " sample bytes, " + needed + " expected");
        }
        int bits = 32 - Integer.numberOfLeadingZeros(header.maxval);
        SampleImage image = SampleImage.allocate(header.width, header.height, header.components, bits, false);
        int at = header.dataStart;
        int pixels = header.width * header.height;
        for (int i = 0; i < pixels; i++) {
            for (int c = 0; c < header.components; c++) {
                int value = data[at++] & 0xFF;
                if (bytesPerSample == 2) {
                    value = (value << 8) | (data[at++] & 0xFF);
                }
                image.plane(c)[i] = value;
            }
        }
        return image;
    }

    public static void write(SampleImage image, Path file) throws IOException {
        Files.write(file, format(image));
    }

    static byte[] format(SampleImage image) {
        if (image.signed() || image.bitDepth() > 16 || (image.components() != 1 && image.components() != 3)) {
            throw new IllegalArgumentException("PGM/PPM holds 1 or 3 unsigned components of up to 16 bits, not "
                    + image);
        }
        int maxval = (1 << image.bitDepth()) - 1;
        String header = (image.components() == 1 ? "P5" : "P6") + "\n" + image.width() + " " + image.height()
                + "\n" + maxval + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        int pixels = image.width() * image.height();
        byte[] samples = new byte[pixels * image.components() * (maxval > 255 ? 2 : 1)];
        int at = 0;
        for (int i = 0; i < pixels; i++) {
            for (int c = 0; c < image.components(); c++) {
                int value = image.plane(c)[i];
                if (maxval > 255) {
                    samples[at++] = (byte) (value >> 8);
                }
                samples[at++] = (byte) value;
            }
        }
        out.writeBytes(samples);
        return out.toByteArray();
    }

    private record Header(int width, int height, int components, int maxval, int dataStart) {

        static Header parse(byte[] data, String name) {
            int[] fields = new int[4];
            int at = 0;
            for (int f = 0; f < 4; f++) {
                while (at < data.length && (Character.isWhitespace(data[at]) || data[at] == '#')) {
                    if (data[at] == '#') {
                        while (at < data.length && data[at] != '\n') {
                            at++;
                        }
                    } else {
                        at++;
                    }
                }
                int start = at;
                while (at < data.length && !Character.isWhitespace(data[at])) {
                    at++;
                }
                String token = new String(data, start, at - start, StandardCharsets.US_ASCII);
                if (f == 0) {
                    if (!token.equals("P5") && !token.equals("P6")) {
                        throw new IllegalArgumentException(name + " is not a binary PGM (P5) or PPM (P6) file");
                    }
                    fields[0] = token.equals("P5") ? 1 : 3;
                } else {
                    try {
                        fields[f] = Integer.parseInt(token);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(name + " has a malformed header field '" + token + "'");
                    }
                }
            }
            if (fields[1] < 1 || fields[2] < 1 || fields[3] < 1 || fields[3] > 65535) {
                throw new IllegalArgumentException(name + " declares " + fields[1] + "x" + fields[2] + " with maxval "
                        + fields[3]);
            }
            // Exactly one whitespace byte separates maxval from the samples.
            return new Header(fields[1], fields[2], fields[0], fields[3], at + 1);
        }
    }
}
