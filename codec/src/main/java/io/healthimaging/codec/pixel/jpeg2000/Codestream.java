package io.healthimaging.codec.pixel.jpeg2000;

import io.healthimaging.codec.pixel.PixelDataException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The main header of a JPEG 2000 codestream (ITU-T T.800 Annex A) as far as the DICOM checks need it: image and
 * tile geometry and each component's precision, sign and subsampling, read before any decoder allocates for it.
 * Walking the tile-parts by their lengths also tells a truncated codestream from a complete one.
 */
final class Codestream {
    private static final int SOC = 0xFF4F;
    private static final int SIZ = 0xFF51;
    private static final int CAP = 0xFF50;
    private static final int SOT = 0xFF90;
    private static final int EOC = 0xFFD9;
    /** T.800 A.5.1: Rsiz bit 14 announces a CAP segment, which Part 15 (HTJ2K) codestreams carry. */
    private static final int RSIZ_EXTENDED_CAPABILITIES = 0x4000;
    /** T.800 A.4.2: Isot is 0..65534. */
    private static final int MAX_TILES = 65535;

    final int offset;
    final int width;
    final int height;
    final int components;
    final int[] precision;
    final boolean[] signed;
    final int[] xSubsampling;
    final int[] ySubsampling;
    final int[] componentWidth;
    final int[] componentHeight;
    final boolean highThroughput;
    /** Offsets of the SOT markers, in codestream order. */
    private final List<Integer> tileParts = new ArrayList<>();

    private Codestream(byte[] data, int offset) throws PixelDataException {
        this.offset = offset;
        if (u16(data, offset) != SOC || u16(data, offset + 2) != SIZ) {
            throw new PixelDataException("frame does not start with a JPEG 2000 codestream (SOC and SIZ markers)");
        }
        int siz = offset + 4;
        int length = u16(data, siz);
        if (siz + length > data.length) {
            throw new PixelDataException("JPEG 2000 codestream ends inside its SIZ marker segment: the frame is "
                    + "truncated");
        }
        int capabilities = u16(data, siz + 2);
        long x1 = u32(data, siz + 4);
        long y1 = u32(data, siz + 8);
        long x0 = u32(data, siz + 12);
        long y0 = u32(data, siz + 16);
        long tileWidth = u32(data, siz + 20);
        long tileHeight = u32(data, siz + 24);
        long tileX0 = u32(data, siz + 28);
        long tileY0 = u32(data, siz + 32);
        components = u16(data, siz + 36);
        if (length != 38 + 3 * components || components < 1 || x1 <= x0 || y1 <= y0 || tileWidth < 1
                || tileHeight < 1 || tileX0 > x0 || tileY0 > y0) {
            throw new PixelDataException("JPEG 2000 SIZ marker segment is inconsistent");
        }
        long tiles = ceilDiv(x1 - tileX0, tileWidth) * ceilDiv(y1 - tileY0, tileHeight);
        if (tiles > MAX_TILES) {
            throw new PixelDataException("JPEG 2000 codestream declares " + tiles + " tiles, more than "
                    + MAX_TILES);
        }
        width = (int) Math.min(x1 - x0, Integer.MAX_VALUE);
        height = (int) Math.min(y1 - y0, Integer.MAX_VALUE);
        precision = new int[components];
        signed = new boolean[components];
        xSubsampling = new int[components];
        ySubsampling = new int[components];
        componentWidth = new int[components];
        componentHeight = new int[components];
        for (int c = 0; c < components; c++) {
            int at = siz + 38 + 3 * c;
            precision[c] = (data[at] & 0x7F) + 1;
            signed[c] = (data[at] & 0x80) != 0;
            xSubsampling[c] = data[at + 1] & 0xFF;
            ySubsampling[c] = data[at + 2] & 0xFF;
            if (xSubsampling[c] == 0 || ySubsampling[c] == 0) {
                throw new PixelDataException("JPEG 2000 component " + c + " declares subsampling 0");
            }
            componentWidth[c] = (int) (ceilDiv(x1, xSubsampling[c]) - ceilDiv(x0, xSubsampling[c]));
            componentHeight[c] = (int) (ceilDiv(y1, ySubsampling[c]) - ceilDiv(y0, ySubsampling[c]));
        }
        highThroughput = (capabilities & RSIZ_EXTENDED_CAPABILITIES) != 0 | checkSegments(data, siz + length);
    }

    /**
     * The codestream with every tile-part's TNsot set to the number of tile-parts its tile really has. JJ2000
     * stops reading a tile after TNsot parts, and guesses when it is 0, while OpenJPEG reads every part present;
     * writers that miscount (pydicom's {@code GDCMJ2K_TextGBR.dcm} declares 5 of 6) would otherwise lose data.
     * Returns {@code data} itself when the counts are already right.
     */
    byte[] withTilePartCounts(byte[] data) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int at : tileParts) {
            counts.merge(tile(data, at), 1, Integer::sum);
        }
        byte[] result = data;
        for (int at : tileParts) {
            int actual = counts.get(tile(data, at));
            if ((data[at + 11] & 0xFF) != actual && actual <= 255) {
                if (result == data) {
                    result = data.clone();
                }
                result[at + 11] = (byte) actual;
            }
        }
        return result;
    }

    private static int tile(byte[] data, int sot) {
        return (data[sot + 4] & 0xFF) << 8 | (data[sot + 5] & 0xFF);
    }

    /** Parses the codestream that starts at {@code offset} of {@code data}. */
    static Codestream read(byte[] data, int offset) throws PixelDataException {
        return new Codestream(data, offset);
    }

    /**
     * Steps through the main header and every tile-part. Returns whether a CAP segment announces Part 15
     * (high-throughput) block coding.
     */
    private boolean checkSegments(byte[] data, int at) throws PixelDataException {
        boolean capabilities = false;
        while (true) {
            int marker = u16(data, at);
            if (marker == SOT) {
                break;
            }
            if ((marker & 0xFF00) != 0xFF00 || marker < 0xFF30) {
                throw new PixelDataException(String.format("JPEG 2000 main header holds 0x%04X where a marker "
                        + "segment should start", marker));
            }
            capabilities |= marker == CAP;
            at += 2 + u16(data, at + 2);
        }
        while (at < data.length - 1 && u16(data, at) == SOT) {
            if (at + 12 > data.length) {
                throw new PixelDataException("JPEG 2000 codestream ends inside a tile-part header: the frame is "
                        + "truncated");
            }
            tileParts.add(at);
            long partLength = u32(data, at + 6);
            if (partLength == 0) {
                return capabilities;
            }
            if (partLength < 14 || at + partLength > data.length) {
                throw new PixelDataException("JPEG 2000 tile-part at offset " + at + " declares " + partLength
                        + " bytes but the frame ends after " + (data.length - at)
                        + ": the codestream is truncated");
            }
            at += (int) partLength;
        }
        if (at < data.length - 1 && u16(data, at) != EOC) {
            throw new PixelDataException(String.format("JPEG 2000 codestream holds 0x%04X after its last tile-part "
                    + "instead of the EOC marker", u16(data, at)));
        }
        return capabilities;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static int u16(byte[] d, int at) throws PixelDataException {
        if (at < 0 || at + 2 > d.length) {
            throw new PixelDataException("JPEG 2000 codestream ends inside its headers: the frame is truncated");
        }
        return (d[at] & 0xFF) << 8 | (d[at + 1] & 0xFF);
    }

    private static long u32(byte[] d, int at) throws PixelDataException {
        return (long) u16(d, at) << 16 | u16(d, at + 2);
    }
}
