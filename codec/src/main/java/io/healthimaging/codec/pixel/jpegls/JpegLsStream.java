package io.healthimaging.codec.pixel.jpegls;

import io.healthimaging.codec.pixel.PixelDataException;
import io.healthimaging.codec.pixel.jpeg.MarkerStream;

/**
 * Walks the marker segments of a JPEG-LS stream (T.87 Annex C): the SOF55 frame header, LSE preset coding
 * parameters, and one scan per component (interleave mode 0) or one scan for all (line or sample interleaved).
 * Mapping tables (palettized JPEG-LS), restart intervals, oversize dimensions and HP colour transforms have no use
 * in DICOM and are refused by name.
 */
final class JpegLsStream extends MarkerStream {
    private final int expectedWidth;
    private final int expectedHeight;
    private final int expectedComponents;
    private int precision;
    private int[] componentIds;
    private int[][] planes;
    private boolean[] scanned;
    private int presetMaxValue;
    private int presetT1;
    private int presetT2;
    private int presetT3;
    private int presetReset;

    private JpegLsStream(byte[] data, int width, int height, int components) throws PixelDataException {
        super(data, "JPEG-LS");
        this.expectedWidth = width;
        this.expectedHeight = height;
        this.expectedComponents = components;
    }

    /** Decodes {@code data} into one plane per component, failing unless the frame is width x height x components. */
    static int[][] decode(byte[] data, int width, int height, int components) throws PixelDataException {
        return new JpegLsStream(data, width, height, components).decode();
    }

    private int[][] decode() throws PixelDataException {
        for (int marker = nextMarker(); marker != 0xD9 && marker >= 0; marker = nextMarker()) {
            switch (marker) {
                case 0xF7 -> readFrame();
                case 0xF8 -> readPresets();
                case 0xDA -> readScan();
                case 0xDD -> readRestartInterval();
                case 0xE8 -> readHpColourTransform();
                case 0xC0, 0xC1, 0xC2, 0xC3 -> throw new PixelDataException(String.format(
                        "frame holds a JPEG (marker 0x%02X) rather than a JPEG-LS stream", marker));
                case 0xD8 -> throw new PixelDataException("JPEG-LS stream holds a second start-of-image marker");
                default -> skipSegment();
            }
        }
        if (planes == null) {
            throw new PixelDataException("JPEG-LS stream has no frame header (SOF55)");
        }
        for (int i = 0; i < scanned.length; i++) {
            if (!scanned[i]) {
                throw new PixelDataException("JPEG-LS stream ends before any scan codes component "
                        + componentIds[i]);
            }
        }
        return planes;
    }

    private void readFrame() throws PixelDataException {
        if (planes != null) {
            throw new PixelDataException("JPEG-LS stream holds a second frame header");
        }
        int end = segmentEnd();
        precision = u8(position + 2);
        int height = u16(position + 3);
        int width = u16(position + 5);
        int count = u8(position + 7);
        if (end - position != 8 + 3 * count) {
            throw new PixelDataException("JPEG-LS frame header of " + count + " components has length "
                    + (end - position));
        }
        if (precision < 2 || precision > 16) {
            throw new PixelDataException("JPEG-LS frame declares sample precision " + precision + " (2 to 16)");
        }
        if (width != expectedWidth || height != expectedHeight || count != expectedComponents) {
            throw new PixelDataException("JPEG-LS frame is " + width + " x " + height + " with " + count
                    + " components, but Columns, Rows and Samples per Pixel are " + expectedWidth + ", "
                    + expectedHeight + " and " + expectedComponents);
        }
        componentIds = new int[count];
        for (int i = 0; i < count; i++) {
            int at = position + 8 + 3 * i;
            componentIds[i] = u8(at);
            if (u8(at + 1) != 0x11) {
                throw new PixelDataException("JPEG-LS component " + componentIds[i] + " is subsampled ("
                        + (u8(at + 1) >>> 4) + "x" + (u8(at + 1) & 15) + "), which DICOM does not use");
            }
        }
        requireEnoughData(width, height, count);
        planes = new int[count][width * height];
        scanned = new boolean[count];
        position = end;
    }

    /**
     * Every line costs at least one bit and one bit codes at most 2^15 samples (a run of the longest order), so
     * shorter data cannot be a complete frame; refusing it keeps a few hostile bytes from allocating a huge image.
     */
    private void requireEnoughData(int width, int height, int components) throws PixelDataException {
        long bits = 8L * data.length;
        if (height > bits || (long) width * height * components > bits << 15) {
            throw new PixelDataException("JPEG-LS frame of " + data.length + " bytes is too short to code " + width
                    + " x " + height + " samples: truncated or corrupt");
        }
    }

    /** LSE (C.2.4.1): only preset coding parameters (ID 1) are accepted. */
    private void readPresets() throws PixelDataException {
        int end = segmentEnd();
        int id = u8(position + 2);
        if (id != 1) {
            String what = switch (id) {
                case 2, 3 -> "mapping tables (palettized JPEG-LS)";
                case 4 -> "oversize image dimensions";
                default -> "LSE segment type " + id;
            };
            throw new PixelDataException("JPEG-LS " + what + " are not supported");
        }
        if (end - position != 13) {
            throw new PixelDataException("JPEG-LS preset parameters segment has length " + (end - position)
                    + ", not 13");
        }
        presetMaxValue = u16(position + 3);
        presetT1 = u16(position + 5);
        presetT2 = u16(position + 7);
        presetT3 = u16(position + 9);
        presetReset = u16(position + 11);
        position = end;
    }

    private void readRestartInterval() throws PixelDataException {
        int end = segmentEnd();
        int interval = end - position >= 4 ? u16(position + 2) : 0;
        if (interval != 0) {
            throw new PixelDataException("JPEG-LS restart intervals are not supported");
        }
        position = end;
    }

    /** CharLS's APP8 "mrfx" segment names an HP colour transform, which DICOM forbids. */
    private void readHpColourTransform() throws PixelDataException {
        int end = segmentEnd();
        boolean mrfx = end - position == 7 && u8(position + 2) == 'm' && u8(position + 3) == 'r'
                && u8(position + 4) == 'f' && u8(position + 5) == 'x';
        if (mrfx && u8(position + 6) != 0) {
            throw new PixelDataException("JPEG-LS HP colour transform " + u8(position + 6) + " is not supported");
        }
        position = end;
    }

    private void readScan() throws PixelDataException {
        if (planes == null) {
            throw new PixelDataException("JPEG-LS scan precedes the frame header");
        }
        int end = segmentEnd();
        int count = u8(position + 2);
        if (count < 1 || count > planes.length || end - position != 6 + 2 * count) {
            throw new PixelDataException("JPEG-LS scan header of " + count + " components has length "
                    + (end - position));
        }
        int[][] scanPlanes = new int[count][];
        for (int i = 0; i < count; i++) {
            int id = u8(position + 3 + 2 * i);
            int mappingTable = u8(position + 4 + 2 * i);
            int index = componentIndex(id);
            if (scanned[index]) {
                throw new PixelDataException("JPEG-LS component " + id + " is coded by more than one scan");
            }
            if (mappingTable != 0) {
                throw new PixelDataException("JPEG-LS mapping tables (palettized JPEG-LS) are not supported");
            }
            scanned[index] = true;
            scanPlanes[i] = planes[index];
        }
        int at = position + 3 + 2 * count;
        int near = u8(at);
        int interleave = u8(at + 1);
        int pointTransform = u8(at + 2) & 15;
        if (interleave > 2 || interleave == 0 && count > 1) {
            throw new PixelDataException("JPEG-LS scan of " + count + " components declares interleave mode "
                    + interleave);
        }
        if (pointTransform != 0) {
            throw new PixelDataException("JPEG-LS point transform " + pointTransform + " is not supported");
        }
        CodingParameters parameters = CodingParameters.of(precision, presetMaxValue, presetT1, presetT2, presetT3,
                presetReset, near);
        position = end;
        JpegLsBitReader in = new JpegLsBitReader(data, position);
        new JpegLsScanDecoder(parameters, expectedWidth, expectedHeight).decode(in, scanPlanes,
                count == 1 ? 0 : interleave);
        position = in.endOfScan();
    }

    private int componentIndex(int id) throws PixelDataException {
        for (int i = 0; i < componentIds.length; i++) {
            if (componentIds[i] == id) {
                return i;
            }
        }
        throw new PixelDataException("JPEG-LS scan names component " + id + ", which the frame header does not "
                + "declare");
    }
}
