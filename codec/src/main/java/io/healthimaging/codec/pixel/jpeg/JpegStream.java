package io.healthimaging.codec.pixel.jpeg;

import io.healthimaging.codec.pixel.PixelDataException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the marker segments of one JPEG interchange stream (T.81 Annex B) and decodes its scans into the planes
 * of the frame's components. One instance decodes one stream; it is not shared between threads.
 */
final class JpegStream extends MarkerStream {
    private final int expectedWidth;
    private final int expectedHeight;
    private final int expectedComponents;
    private final int[][] quantization = new int[4][];
    private final HuffmanTable[] dcTables = new HuffmanTable[4];
    private final HuffmanTable[] acTables = new HuffmanTable[4];
    private int restartInterval;
    private JpegFrame frame;
    private boolean jfif;
    private int adobeTransform = -1;

    private JpegStream(byte[] data, int expectedWidth, int expectedHeight, int expectedComponents)
            throws PixelDataException {
        super(data, "JPEG");
        this.expectedWidth = expectedWidth;
        this.expectedHeight = expectedHeight;
        this.expectedComponents = expectedComponents;
    }

    /** Decodes {@code data}, failing unless its frame is {@code width x height} with {@code components}. */
    static DecodedJpeg decode(byte[] data, int width, int height, int components) throws PixelDataException {
        return new JpegStream(data, width, height, components).decode();
    }

    private DecodedJpeg decode() throws PixelDataException {
        for (int marker = nextMarker(); marker != 0xD9 && marker >= 0; marker = nextMarker()) {
            switch (marker) {
                case 0xC0 -> readFrame(JpegProcess.BASELINE);
                case 0xC1 -> readFrame(JpegProcess.EXTENDED);
                case 0xC3 -> readFrame(JpegProcess.LOSSLESS);
                case 0xC4 -> readHuffmanTables();
                case 0xDB -> readQuantizationTables();
                case 0xDD -> readRestartInterval();
                case 0xDA -> readScan();
                case 0xE0 -> readJfif();
                case 0xEE -> readAdobe();
                case 0xC2 -> throw unsupported("progressive JPEG", marker);
                case 0xC5, 0xC6, 0xC7, 0xCD, 0xCE, 0xCF -> throw unsupported("hierarchical JPEG", marker);
                case 0xC9, 0xCA, 0xCB, 0xCC -> throw unsupported("arithmetic-coded JPEG", marker);
                case 0xF7 -> throw unsupported("a JPEG-LS frame under a JPEG transfer syntax", marker);
                case 0xDC -> throw unsupported("a height defined by a DNL marker", marker);
                case 0xD8 -> throw new PixelDataException("JPEG stream holds a second start-of-image marker");
                default -> {
                    if (marker >= 0xD0 && marker <= 0xD7) {
                        throw new PixelDataException(String.format("JPEG restart marker RST%d outside a scan",
                                marker - 0xD0));
                    }
                    skipSegment();
                }
            }
        }
        if (frame == null) {
            throw new PixelDataException("JPEG stream has no frame header (SOF0, SOF1 or SOF3)");
        }
        for (FrameComponent c : frame.components) {
            if (!c.scanned) {
                throw new PixelDataException("JPEG stream ends before any scan codes component " + c.id);
            }
        }
        return new DecodedJpeg(frame, jfif, adobeTransform);
    }

    private static PixelDataException unsupported(String what, int marker) {
        return new PixelDataException(String.format("%s (marker 0x%02X) is not supported", what, marker));
    }

    /** APP0 "JFIF": its presence implies YCbCr components. */
    private void readJfif() throws PixelDataException {
        int end = segmentEnd();
        jfif |= payloadStartsWith("JFIF\0", end);
        position = end;
    }

    /** APP14 "Adobe": byte 11 of its payload is the colour transform (0 none, 1 YCbCr, 2 YCCK). */
    private void readAdobe() throws PixelDataException {
        int end = segmentEnd();
        if (end - position - 2 >= 12 && payloadStartsWith("Adobe", end)) {
            adobeTransform = data[position + 2 + 11] & 0xFF;
        }
        position = end;
    }

    private boolean payloadStartsWith(String signature, int end) {
        byte[] expected = signature.getBytes(StandardCharsets.US_ASCII);
        int payload = position + 2;
        if (end - payload < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (data[payload + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private void readRestartInterval() throws PixelDataException {
        int end = segmentEnd();
        if (end - position != 4) {
            throw new PixelDataException("JPEG DRI segment has length " + (end - position) + ", not 4");
        }
        restartInterval = u16(position + 2);
        position = end;
    }

    private void readQuantizationTables() throws PixelDataException {
        int end = segmentEnd();
        int at = position + 2;
        while (at < end) {
            int precision = (data[at] & 0xFF) >>> 4;
            int id = data[at] & 0x0F;
            int size = precision == 0 ? 64 : 128;
            if (id > 3 || precision > 1 || at + 1 + size > end) {
                throw new PixelDataException("JPEG DQT segment declares table " + id + " of precision " + precision
                        + " that does not fit the segment");
            }
            int[] table = new int[64];
            for (int k = 0; k < 64; k++) {
                int value = precision == 0 ? data[at + 1 + k] & 0xFF : u16(at + 1 + 2 * k);
                table[DctScanDecoder.NATURAL_ORDER[k]] = value;
            }
            quantization[id] = table;
            at += 1 + size;
        }
        position = end;
    }

    private void readHuffmanTables() throws PixelDataException {
        int end = segmentEnd();
        int at = position + 2;
        while (at < end) {
            int tableClass = (data[at] & 0xFF) >>> 4;
            int id = data[at] & 0x0F;
            if (tableClass > 1 || id > 3 || at + 17 > end) {
                throw new PixelDataException("JPEG DHT segment declares table class " + tableClass + " id " + id
                        + " that does not fit the segment");
            }
            int[] counts = new int[17];
            int total = 0;
            for (int length = 1; length <= 16; length++) {
                counts[length] = data[at + length] & 0xFF;
                total += counts[length];
            }
            if (total > 256 || at + 17 + total > end) {
                throw new PixelDataException("JPEG DHT segment declares " + total
                        + " Huffman codes that do not fit the segment");
            }
            int[] values = new int[total];
            for (int i = 0; i < total; i++) {
                values[i] = data[at + 17 + i] & 0xFF;
            }
            HuffmanTable table = new HuffmanTable(counts, values);
            if (tableClass == 0) {
                dcTables[id] = table;
            } else {
                acTables[id] = table;
            }
            at += 17 + total;
        }
        position = end;
    }

    private void readFrame(JpegProcess process) throws PixelDataException {
        if (frame != null) {
            throw new PixelDataException("JPEG stream holds a second frame header");
        }
        int end = segmentEnd();
        int precision = u8(position + 2);
        int height = u16(position + 3);
        int width = u16(position + 5);
        int count = u8(position + 7);
        if (end - position != 8 + 3 * count) {
            throw new PixelDataException("JPEG frame header of " + count + " components has length "
                    + (end - position));
        }
        boolean precisionValid = process.dct() ? precision == 8 || precision == 12 : precision >= 2 && precision <= 16;
        if (!precisionValid) {
            throw new PixelDataException("JPEG " + process + " frame declares sample precision " + precision);
        }
        if (height == 0) {
            throw unsupported("a height defined by a DNL marker", 0xDC);
        }
        if (width != expectedWidth || height != expectedHeight || count != expectedComponents) {
            throw new PixelDataException("JPEG frame is " + width + " x " + height + " with " + count
                    + " components, but Columns, Rows and Samples per Pixel are " + expectedWidth + ", "
                    + expectedHeight + " and " + expectedComponents);
        }
        int[][] declared = new int[count][];
        int maxH = 1;
        int maxV = 1;
        for (int i = 0; i < count; i++) {
            int at = position + 8 + 3 * i;
            int id = u8(at);
            int h = u8(at + 1) >>> 4;
            int v = u8(at + 1) & 15;
            int table = u8(at + 2);
            if (h < 1 || h > 4 || v < 1 || v > 4 || table > 3) {
                throw new PixelDataException("JPEG component " + id + " declares sampling " + h + "x" + v
                        + " and quantization table " + table);
            }
            for (int j = 0; j < i; j++) {
                if (declared[j][0] == id) {
                    throw new PixelDataException("JPEG frame declares component " + id + " twice");
                }
            }
            declared[i] = new int[] {id, h, v, table};
            maxH = Math.max(maxH, h);
            maxV = Math.max(maxV, v);
        }
        requireEnoughData(process, width, height, declared, maxH, maxV);
        int unit = process.dataUnitSize();
        int mcusPerLine = JpegFrame.ceilDiv(width, unit * maxH);
        int mcuRows = JpegFrame.ceilDiv(height, unit * maxV);
        List<FrameComponent> components = new ArrayList<>();
        for (int[] c : declared) {
            if (!process.dct() && (c[1] != maxH || c[2] != maxV)) {
                throw new PixelDataException("lossless JPEG with subsampled components is not supported");
            }
            int w = JpegFrame.ceilDiv(width * c[1], maxH);
            int h = JpegFrame.ceilDiv(height * c[2], maxV);
            int planeWidth = process.dct() ? mcusPerLine * c[1] * 8 : w;
            int planeHeight = process.dct() ? mcuRows * c[2] * 8 : h;
            components.add(new FrameComponent(c[0], c[1], c[2], c[3], w, h, planeWidth, planeHeight));
        }
        frame = new JpegFrame(process, precision, width, height, List.copyOf(components), maxH, maxV);
        position = end;
    }

    /**
     * Every DCT block costs at least two bits (a DC code and an end-of-block code), every lossless sample at least
     * one: a frame whose data cannot hold that is refused before its planes are allocated.
     */
    private void requireEnoughData(JpegProcess process, int width, int height, int[][] components, int maxH,
            int maxV) throws PixelDataException {
        long bits = 0;
        for (int[] c : components) {
            long w = JpegFrame.ceilDiv(width * c[1], maxH);
            long h = JpegFrame.ceilDiv(height * c[2], maxV);
            bits += process.dct() ? 2 * ((w + 7) / 8) * ((h + 7) / 8) : w * h;
        }
        if (bits > 8L * data.length) {
            throw new PixelDataException("JPEG frame of " + data.length + " bytes is too short to code "
                    + width + " x " + height + " samples: truncated or corrupt");
        }
    }

    private void readScan() throws PixelDataException {
        if (frame == null) {
            throw new PixelDataException("JPEG scan precedes the frame header");
        }
        int end = segmentEnd();
        int count = u8(position + 2);
        if (count < 1 || count > 4 || end - position != 6 + 2 * count) {
            throw new PixelDataException("JPEG scan header of " + count + " components has length "
                    + (end - position));
        }
        List<ScanComponent> components = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = position + 3 + 2 * i;
            FrameComponent component = frame.component(u8(at));
            if (component.scanned) {
                throw new PixelDataException("JPEG component " + component.id + " is coded by more than one scan");
            }
            component.scanned = true;
            components.add(scanComponent(component, u8(at + 1) >>> 4, u8(at + 1) & 15));
        }
        int at = position + 3 + 2 * count;
        int spectralStart = u8(at);
        int pointTransform = u8(at + 2) & 15;
        position = end;
        EntropyReader in = new EntropyReader(data, position);
        if (frame.process.dct()) {
            new DctScanDecoder(frame, components, restartInterval).decode(in);
        } else {
            if (count > 1 && (frame.maxHorizontalSampling > 1 || frame.maxVerticalSampling > 1)) {
                throw new PixelDataException("interleaved lossless JPEG scans with sampling factors above 1 are "
                        + "not supported");
            }
            new LosslessScanDecoder(frame, components, spectralStart, pointTransform, restartInterval).decode(in);
        }
        position = in.endOfSegment();
    }

    private ScanComponent scanComponent(FrameComponent component, int dcId, int acId) throws PixelDataException {
        HuffmanTable dc = dcTables[dcId & 3];
        if (dcId > 3 || dc == null) {
            throw new PixelDataException("JPEG scan uses Huffman table " + dcId + ", which no DHT segment defined");
        }
        if (!frame.process.dct()) {
            return new ScanComponent(component, dc, null, null);
        }
        HuffmanTable ac = acTables[acId & 3];
        int[] table = quantization[component.quantizationTable];
        if (acId > 3 || ac == null) {
            throw new PixelDataException("JPEG scan uses AC Huffman table " + acId
                    + ", which no DHT segment defined");
        }
        if (table == null) {
            throw new PixelDataException("JPEG component " + component.id + " uses quantization table "
                    + component.quantizationTable + ", which no DQT segment defined");
        }
        return new ScanComponent(component, dc, ac, table);
    }
}
