package io.healthimaging.codec.cli;

import io.healthimaging.codec.image.SampleImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Raw samples as {@code decode} writes them: pixels row-major, components interleaved, one byte per
 * sample up to 8 bits, otherwise two little-endian bytes. Size and format come from
 * {@code -dims WxH}, {@code -components n}, {@code -bits b} and {@code -signed}.
 */
final class RawFrameSource implements FrameSource {
    @Override
    public Set<String> options() {
        return Set.of("-dims", "-components", "-bits");
    }

    @Override
    public Set<String> switches() {
        return Set.of("-signed");
    }

    @Override
    public List<SampleImage> read(Path input, Map<String, String> options) throws IOException {
        String dims = options.get("-dims");
        String bitsText = options.get("-bits");
        if (dims == null || bitsText == null) {
            throw new CommandArguments.UsageException("raw input needs -dims WxH and -bits b");
        }
        String[] parts = dims.toLowerCase(java.util.Locale.ROOT).split("x");
        int width;
        int height;
        int components;
        int bits;
        try {
            width = Integer.parseInt(parts[0]);
            height = parts.length == 2 ? Integer.parseInt(parts[1]) : -1;
            components = Integer.parseInt(options.getOrDefault("-components", "1"));
            bits = Integer.parseInt(bitsText);
        } catch (NumberFormatException e) {
            throw new CommandArguments.UsageException("-dims, -components and -bits must be integers");
        }
        if (width < 1 || height < 1 || components < 1 || bits < 1 || bits > 16) {
            throw new CommandArguments.UsageException("raw input of " + dims + " with " + components
                    + " components of " + bits + " bits is not possible");
        }
        boolean signed = options.containsKey("-signed");
        int bytes = bits <= 8 ? 1 : 2;
        byte[] data = Files.readAllBytes(input);
        long expected = (long) width * height * components * bytes;
        if (data.length != expected) {
            throw new IOException(input + " holds " + data.length + " bytes; " + dims + " x " + components
                    + " samples of " + bytes + " byte(s) need " + expected);
        }
        SampleImage image = SampleImage.allocate(width, height, components, bits, signed);
        int at = 0;
        for (int i = 0; i < width * height; i++) {
            for (int c = 0; c < components; c++) {
                int value = bytes == 1 ? data[at] & 0xFF : (data[at] & 0xFF) | ((data[at + 1] & 0xFF) << 8);
                at += bytes;
                int shift = 32 - bits;
                image.plane(c)[i] = signed ? (value << shift) >> shift : value & (int) ((1L << bits) - 1);
            }
        }
        return List.of(image);
    }
}
