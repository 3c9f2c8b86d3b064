package io.healthimaging.codec.htj2k.codestream;

import io.healthimaging.codec.htj2k.InvalidCodestreamException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every packet of a tile (B.9, B.10) and records, per precinct, where each code-block's coded
 * bytes lie in the tile data. Packet headers come from the tile data or from PPM/PPT segments.
 */
public final class TilePackets {
    /** No code-block can miss more bit-planes than the widest magnitude (37 bits) plus ROI shifts allow. */
    private static final int MAX_ZERO_BITPLANES = 74;

    private final List<TileComponentGeometry> components;
    private final PrecinctState[][][] precincts;
    private final ByteRegion body;
    private int unreadBytes;
    private final List<PacketExtent> extents = new ArrayList<>();

    private TilePackets(List<TileComponentGeometry> components, ByteRegion body) {
        this.components = components;
        this.body = body;
        this.precincts = new PrecinctState[components.size()][][];
        for (int c = 0; c < components.size(); c++) {
            TileComponentGeometry component = components.get(c);
            precincts[c] = new PrecinctState[component.levels() + 1][];
            for (int r = 0; r <= component.levels(); r++) {
                precincts[c][r] = new PrecinctState[component.resolution(r).precinctCount()];
            }
        }
    }

    /** The tile data the code-block offsets refer to. */
    public byte[] data() {
        return body.data();
    }

    /** Where each packet lies, in codestream order. */
    public List<PacketExtent> extents() {
        return java.util.Collections.unmodifiableList(extents);
    }

    /** Bytes of tile data after the last packet; 0 in a well-formed tile. */
    public int unreadBytes() {
        return unreadBytes;
    }

    /** The state of precinct {@code p} of resolution {@code r} of component {@code c}; null if all its packets were empty. */
    public PrecinctState precinct(int c, int r, int p) {
        return precincts[c][r][p];
    }

    public static TilePackets read(Rect tile, TileData data, List<TileComponentGeometry> components) {
        TileParameters parameters = data.parameters();
        ByteRegion body = data.body();
        ByteRegion packed = data.packedHeaders();
        long maxPackets = (long) body.length() + (packed == null ? 0 : packed.length());
        List<Packet> packets = PacketSequence.of(tile, components, parameters, maxPackets);
        TilePackets result = new TilePackets(components, body);
        result.readAll(packets, parameters.style(), packed);
        return result;
    }

    private void readAll(List<Packet> packets, CodingStyle style, ByteRegion packed) {
        byte[] bytes = body.data();
        int end = body.end();
        int position = body.offset();
        PacketHeaderBits packedBits = packed == null ? null
                : new PacketHeaderBits(packed.data(), packed.offset(), packed.end());
        List<BlockSegments> contributors = new ArrayList<>();
        for (Packet packet : packets) {
            if (style.sopMarkers()) {
                position = skipSop(bytes, position, end);
            }
            PacketHeaderBits bits = packedBits != null ? packedBits : new PacketHeaderBits(bytes, position, end);
            int headerStart = bits.position();
            contributors.clear();
            if (bits.bit() == 1) {
                readHeader(packet, bits, contributors);
            }
            bits.alignToByte();
            int headerEnd = bits.position();
            if (style.ephMarkers()) {
                bits.skipMarkerIfPresent(Marker.EPH);
            }
            if (packedBits == null) {
                position = bits.position();
            }
            int bodyStart = position;
            for (BlockSegments block : contributors) {
                position = block.takeBody(position);
            }
            extents.add(new PacketExtent(packet, headerStart, headerEnd, bodyStart, position));
            if (position > end) {
                throw new InvalidCodestreamException("packet (layer " + packet.layer() + ", resolution "
                        + packet.resolution() + ", component " + packet.component() + ", precinct "
                        + packet.precinct() + ") runs " + (position - end) + " bytes past the end of the tile data");
            }
        }
        unreadBytes = end - position;
    }

    private void readHeader(Packet packet, PacketHeaderBits bits, List<BlockSegments> contributors) {
        PrecinctState precinct = precincts[packet.component()][packet.resolution()][packet.precinct()];
        if (precinct == null) {
            ResolutionGeometry resolution = components.get(packet.component()).resolution(packet.resolution());
            precinct = new PrecinctState(resolution.precinctBands(packet.precinct()));
            precincts[packet.component()][packet.resolution()][packet.precinct()] = precinct;
        }
        int layer = packet.layer();
        for (int b = 0; b < precinct.bandCount(); b++) {
            int count = precinct.band(b).blockCount();
            for (int i = 0; i < count; i++) {
                BlockSegments block = precinct.block(b, i);
                if (block == null) {
                    if (!precinct.inclusion(b).decodeBelow(i, layer + 1, bits)) {
                        continue;
                    }
                    int zero = precinct.zeroBitplanes(b).decodeValue(i, MAX_ZERO_BITPLANES, bits);
                    block = precinct.includeBlock(b, i, zero);
                } else if (bits.bit() == 0) {
                    continue;
                }
                block.readLengths(bits, readPassCount(bits));
                contributors.add(block);
            }
        }
    }

    /** The codewords of Table B.4 for the number of new coding passes. */
    private static int readPassCount(PacketHeaderBits bits) {
        if (bits.bit() == 0) {
            return 1;
        }
        if (bits.bit() == 0) {
            return 2;
        }
        int two = bits.bits(2);
        if (two < 3) {
            return 3 + two;
        }
        int five = bits.bits(5);
        if (five < 31) {
            return 6 + five;
        }
        return 37 + bits.bits(7);
    }

    private static int skipSop(byte[] bytes, int position, int end) {
        if (position + 6 <= end && (bytes[position] & 0xFF) == 0xFF && (bytes[position + 1] & 0xFF) == 0x91) {
            int length = ((bytes[position + 2] & 0xFF) << 8) | (bytes[position + 3] & 0xFF);
            if (length != 4) {
                throw new InvalidCodestreamException("SOP at offset " + position + " declares length " + length);
            }
            return position + 6;
        }
        return position;
    }
}
