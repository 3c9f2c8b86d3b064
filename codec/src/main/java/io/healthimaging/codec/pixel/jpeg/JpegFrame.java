package io.healthimaging.codec.pixel.jpeg;

import io.healthimaging.codec.pixel.PixelDataException;

import java.util.List;

/** The frame header (SOFn) of a JPEG stream and its components. */
final class JpegFrame {
    final JpegProcess process;
    final int precision;
    final int width;
    final int height;
    final List<FrameComponent> components;
    final int maxHorizontalSampling;
    final int maxVerticalSampling;
    /** MCUs of an interleaved scan: one MCU spans Hmax x Vmax data units (blocks, or samples when lossless). */
    final int mcusPerLine;
    final int mcuRows;

    JpegFrame(JpegProcess process, int precision, int width, int height, List<FrameComponent> components,
            int maxHorizontalSampling, int maxVerticalSampling) {
        this.process = process;
        this.precision = precision;
        this.width = width;
        this.height = height;
        this.components = components;
        this.maxHorizontalSampling = maxHorizontalSampling;
        this.maxVerticalSampling = maxVerticalSampling;
        int unit = process.dataUnitSize();
        this.mcusPerLine = ceilDiv(width, unit * maxHorizontalSampling);
        this.mcuRows = ceilDiv(height, unit * maxVerticalSampling);
    }

    FrameComponent component(int id) throws PixelDataException {
        for (FrameComponent c : components) {
            if (c.id == id) {
                return c;
            }
        }
        throw new PixelDataException("JPEG scan names component " + id + ", which the frame header does not declare");
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
