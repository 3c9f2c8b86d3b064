package io.healthimaging.codec.htj2k.codestream;

import io.healthimaging.codec.htj2k.InvalidCodestreamException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a codestream into its main header, tile-part headers and tile data (Annex A). Every length
 * field is checked against the bytes actually present before it is used.
 */
final class CodestreamParser {
    /** Part 15's bit in Pcap: bit 15 counted from the most significant end. */
    private static final long PCAP_PART15 = 0x00020000L;

    private final byte[] data;
    private final int start;
    private final int end;

    CodestreamParser(byte[] data) {
        ByteRegion codestream = FileFormatBoxes.codestreamOf(data);
        this.data = data;
        this.start = codestream.offset();
        this.end = codestream.end();
    }

    Codestream parse() {
        SegmentReader stream = new SegmentReader(data, start, end, "codestream");
        if (stream.remaining() < 2 || stream.u16() != Marker.SOC) {
            throw new InvalidCodestreamException("the data does not start with an SOC marker (0xFF4F)");
        }
        int marker = readMarker(stream);
        if (marker != Marker.SIZ) {
            throw new InvalidCodestreamException("SIZ must follow SOC, found " + Marker.describe(marker));
        }
        ImageAndTileSize size = ImageAndTileSize.read(segment(stream, marker));
        int components = size.components().size();
        HeaderParameters main = new HeaderParameters(components);
        int htCapabilities = -1;
        PackedHeaderStream ppm = null;
        while (true) {
            int at = stream.position();
            marker = readMarker(stream);
            if (marker == Marker.SOT) {
                break;
            }
            if (marker == Marker.EOC) {
                throw new InvalidCodestreamException("EOC at offset " + at + " ends the codestream before any tile");
            }
            if (!hasSegment(marker)) {
                continue;
            }
            SegmentReader segment = segment(stream, marker);
            switch (marker) {
                case Marker.COD -> main.readCod(segment);
                case Marker.COC -> main.readCoc(segment);
                case Marker.QCD -> main.readQcd(segment);
                case Marker.QCC -> main.readQcc(segment);
                case Marker.RGN -> main.readRgn(segment);
                case Marker.POC -> main.readPoc(segment);
                case Marker.CAP -> htCapabilities = readHtCapabilities(segment);
                case Marker.PPM -> {
                    if (ppm == null) {
                        ppm = new PackedHeaderStream();
                    }
                    segment.u8(); // Zppm: segments appear in index order
                    ppm.append(regionOf(segment));
                }
                case Marker.SIZ, Marker.SOD, Marker.PPT, Marker.PLT ->
                    throw new InvalidCodestreamException(Marker.describe(marker) + " at offset " + at
                            + " is not allowed in the main header");
                default -> {
                    // TLM, PLM, CRG, COM, CPF, PRF and unknown segments do not affect decoding.
                }
            }
        }
        main.requireMainHeaderComplete();
        TileAssembler tiles = new TileAssembler(size, main, ppm);
        readTileParts(stream, tiles);
        return new Codestream(size, htCapabilities, main.resolveMain(), tiles.finish());
    }

    private void readTileParts(SegmentReader stream, TileAssembler tiles) {
        while (true) {
            int sotStart = stream.position() - 2;
            SegmentReader sot = segment(stream, Marker.SOT);
            int tileIndex = sot.u16();
            long psot = sot.u32();
            int partIndex = sot.u8();
            int partCount = sot.u8();
            if (sot.remaining() != 0) {
                throw new InvalidCodestreamException("SOT at offset " + sotStart + " has length "
                        + (sot.remaining() + 10) + ", 10 expected");
            }
            int partEnd;
            if (psot == 0) {
                partEnd = endBeforeEoc();
            } else if (psot < 14 || psot > end - sotStart) {
                throw new InvalidCodestreamException("tile-part " + partIndex + " of tile " + tileIndex
                        + " at offset " + sotStart + " declares " + psot + " bytes but " + (end - sotStart)
                        + " remain");
            } else {
                partEnd = (int) (sotStart + psot);
            }
            TileAssembler.Part part = tiles.startPart(tileIndex, partIndex, partCount, sotStart);
            SegmentReader header = new SegmentReader(data, stream.position(), partEnd,
                    "tile-part header of tile " + tileIndex);
            readTilePartHeader(header, part);
            part.addBody(new ByteRegion(data, header.position(), partEnd - header.position()));
            stream = new SegmentReader(data, partEnd, end, "codestream");
            if (stream.remaining() == 0) {
                return; // a missing EOC is tolerated when every tile-part is complete
            }
            int marker = readMarker(stream);
            if (marker == Marker.EOC) {
                return;
            }
            if (marker != Marker.SOT) {
                throw new InvalidCodestreamException("expected SOT or EOC at offset " + partEnd + ", found "
                        + Marker.describe(marker));
            }
        }
    }

    private void readTilePartHeader(SegmentReader header, TileAssembler.Part part) {
        while (true) {
            int at = header.position();
            int marker = readMarker(header);
            if (marker == Marker.SOD) {
                return;
            }
            if (!hasSegment(marker)) {
                continue;
            }
            SegmentReader segment = segment(header, marker);
            HeaderParameters tile = part.parameters();
            switch (marker) {
                case Marker.COD -> tile.readCod(segment);
                case Marker.COC -> tile.readCoc(segment);
                case Marker.QCD -> tile.readQcd(segment);
                case Marker.QCC -> tile.readQcc(segment);
                case Marker.RGN -> tile.readRgn(segment);
                case Marker.POC -> tile.readPoc(segment);
                case Marker.PPT -> {
                    segment.u8(); // Zppt: segments appear in index order
                    part.addPackedHeaders(regionOf(segment));
                }
                case Marker.SIZ, Marker.SOT, Marker.EOC, Marker.CAP, Marker.PPM, Marker.TLM, Marker.PLM ->
                    throw new InvalidCodestreamException(Marker.describe(marker) + " at offset " + at
                            + " is not allowed in a tile-part header");
                default -> {
                    // PLT, COM and unknown segments do not affect decoding.
                }
            }
        }
    }

    private static int readHtCapabilities(SegmentReader cap) {
        long pcap = cap.u32();
        if ((pcap & PCAP_PART15) == 0) {
            return -1;
        }
        // One Ccap word per set Pcap bit, in order of part number (most significant bit first).
        cap.skip(2 * Long.bitCount(pcap & 0xFFFC0000L));
        return cap.u16();
    }

    private int endBeforeEoc() {
        boolean eocLast = end - start >= 2 && (data[end - 2] & 0xFF) == 0xFF && (data[end - 1] & 0xFF) == 0xD9;
        return eocLast ? end - 2 : end;
    }

    private static int readMarker(SegmentReader in) {
        int at = in.position();
        int marker = in.u16();
        if ((marker & 0xFF00) != 0xFF00 || marker < 0xFF01) {
            throw new InvalidCodestreamException(String.format("expected a marker at offset %d, found 0x%04X",
                    at, marker));
        }
        return marker;
    }

    /** Markers 0xFF30..0xFF3F and the delimiters SOC, SOD, EOC, EPH carry no length field. */
    private static boolean hasSegment(int marker) {
        return !(marker >= 0xFF30 && marker <= 0xFF3F) && marker != Marker.SOC && marker != Marker.SOD
                && marker != Marker.EOC && marker != Marker.EPH;
    }

    private SegmentReader segment(SegmentReader in, int marker) {
        int at = in.position() - 2;
        int length = in.u16();
        if (length < 2) {
            throw new InvalidCodestreamException(Marker.describe(marker) + " at offset " + at
                    + " declares length " + length);
        }
        int bodyStart = in.position();
        if (length - 2 > in.remaining()) {
            throw new InvalidCodestreamException(Marker.describe(marker) + " at offset " + at + " declares "
                    + length + " bytes but the " + "header ends " + (in.remaining() + 2) + " bytes later");
        }
        in.skip(length - 2);
        return new SegmentReader(data, bodyStart, bodyStart + length - 2, Marker.describe(marker) + " at offset " + at);
    }

    private ByteRegion regionOf(SegmentReader segment) {
        ByteRegion region = new ByteRegion(data, segment.position(), segment.remaining());
        segment.skip(segment.remaining());
        return region;
    }
}
