package io.healthimaging.codec.testing;

import io.healthimaging.codec.htj2k.codestream.Codestream;
import io.healthimaging.codec.htj2k.codestream.Packet;
import io.healthimaging.codec.htj2k.codestream.PacketExtent;
import io.healthimaging.codec.htj2k.codestream.PacketSequence;
import io.healthimaging.codec.htj2k.codestream.ProgressionChange;
import io.healthimaging.codec.htj2k.codestream.TileComponentGeometry;
import io.healthimaging.codec.htj2k.codestream.TileData;
import io.healthimaging.codec.htj2k.codestream.TileParameters;
import io.healthimaging.codec.htj2k.codestream.TilePackets;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds a codestream (one tile-part per tile, headers in the packets, no SOP/EPH, as OpenJPH and
 * this encoder write) with the same packets in another legal arrangement: SOP and EPH markers, packet
 * headers packed into PPT or PPM segments, several tile-parts with TLM and PLT, or a POC order. The
 * rearranged codestreams are then checked with OpenJPEG, which is independent of this codec.
 */
public final class CodestreamRewriter {
    private static final int COD = 0xFF52;
    private static final int QCD = 0xFF5C;
    private final byte[] original;
    private final Codestream codestream;
    private final List<TilePackets> tiles = new ArrayList<>();

    public CodestreamRewriter(byte[] original) {
        this.original = original;
        this.codestream = Codestream.parse(original);
        for (TileData tile : codestream.tiles()) {
            List<TileComponentGeometry> geometry =
                    TileComponentGeometry.ofTile(codestream.size(), tile.index(), tile.parameters());
            tiles.add(TilePackets.read(codestream.size().tile(tile.index()), tile, geometry));
        }
    }

    /**
     * Every packet preceded by an SOP marker segment and its header followed by EPH; PLT in each
     * tile-part header and PLM in the main header list the packet lengths.
     */
    public byte[] withSopAndEph() {
        List<byte[]> parts = new ArrayList<>();
        List<byte[]> plts = new ArrayList<>();
        ByteArrayOutputStream plm = new ByteArrayOutputStream();
        plm.write(0);
        for (int t = 0; t < tiles.size(); t++) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            List<Integer> lengths = new ArrayList<>();
            int sequence = 0;
            for (PacketExtent extent : tiles.get(t).extents()) {
                int before = body.size();
                body.writeBytes(new byte[] {(byte) 0xFF, (byte) 0x91, 0, 4, (byte) (sequence >> 8), (byte) sequence});
                sequence = (sequence + 1) & 0xFFFF;
                body.writeBytes(header(t, extent));
                body.writeBytes(new byte[] {(byte) 0xFF, (byte) 0x92});
                body.writeBytes(bodyOf(t, extent));
                lengths.add(body.size() - before);
            }
            byte[] iplt = packetLengths(lengths);
            plm.write(iplt.length);
            plm.writeBytes(iplt);
            plts.add(segment(0xFF58, 0, iplt));
            parts.add(body.toByteArray());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] main = mainHeader();
        main[markerOffset(main, COD) + 4] |= 0x06;
        out.writeBytes(main);
        out.writeBytes(segmentWithoutIndex(0xFF57, plm.toByteArray()));
        for (int t = 0; t < tiles.size(); t++) {
            tilePart(out, t, 0, 1, plts.get(t), parts.get(t));
        }
        return finish(out);
    }

    /** QCD rewritten to derived quantization from its first subband's step (E-5 gives the others). */
    public byte[] withDerivedQuantization() {
        byte[] main = mainHeader();
        int qcd = markerOffset(main, QCD);
        int length = ((main[qcd + 2] & 0xFF) << 8) | (main[qcd + 3] & 0xFF);
        byte[] derived = {(byte) 0xFF, 0x5C, 0, 5, (byte) ((main[qcd + 4] & 0xE0) | 1), main[qcd + 5], main[qcd + 6]};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(main, 0, qcd);
        out.writeBytes(derived);
        out.write(main, qcd + 2 + length, main.length - qcd - 2 - length);
        writeTiles(out);
        return finish(out);
    }

    /**
     * The COD and QCD segments moved into every tile's first tile-part header, and main-header COD,
     * COC, QCD and QCC segments with different values left behind: A.6's precedence (tile COD over
     * main COC, tile QCD over main QCC) must pick the tile's.
     */
    public byte[] withTileCodingStyles(int components) {
        byte[] main = mainHeader();
        int cod = markerOffset(main, COD);
        int qcd = markerOffset(main, QCD);
        byte[] codSegment = Arrays.copyOfRange(main, cod, cod + 2 + u16(main, cod + 2));
        byte[] qcdSegment = Arrays.copyOfRange(main, qcd, qcd + 2 + u16(main, qcd + 2));
        // One decomposition level fewer and no precinct partition, in the main header only.
        byte[] otherCod = Arrays.copyOf(codSegment, 14);
        otherCod[3] = 12;
        otherCod[4] &= (byte) 0xFE;
        otherCod[9]--;
        byte[] otherQcd = qcdSegment.clone();
        for (int i = 5; i < otherQcd.length; i++) {
            otherQcd[i] ^= 0x18;
        }
        byte[] coc = {(byte) 0xFF, 0x53, 0, 9, 1, 0, otherCod[9], otherCod[10], otherCod[11], otherCod[12], otherCod[13]};
        byte[] qcc = concat(new byte[] {(byte) 0xFF, 0x5D, otherQcd[2], (byte) (otherQcd[3] + 1), (byte) (components - 1)},
                Arrays.copyOfRange(otherQcd, 4, otherQcd.length));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int first = Math.min(cod, qcd);
        out.write(main, 0, first);
        out.writeBytes(otherCod);
        out.writeBytes(coc);
        out.writeBytes(otherQcd);
        out.writeBytes(qcc);
        for (int at = first; at < main.length; at += 2 + u16(main, at + 2)) {
            if (at != cod && at != qcd) {
                out.write(main, at, 2 + u16(main, at + 2));
            }
        }
        for (int t = 0; t < tiles.size(); t++) {
            tilePart(out, t, 0, 1, concat(codSegment, qcdSegment), packets(t));
        }
        return finish(out);
    }

    private void writeTiles(ByteArrayOutputStream out) {
        for (int t = 0; t < tiles.size(); t++) {
            tilePart(out, t, 0, 1, new byte[0], packets(t));
        }
    }

    /** Tile {@code t}'s packet headers, all together, and its packet bodies, all together. */
    private byte[][] headersAndBodies(int t) {
        ByteArrayOutputStream headers = new ByteArrayOutputStream();
        ByteArrayOutputStream bodies = new ByteArrayOutputStream();
        for (PacketExtent extent : tiles.get(t).extents()) {
            headers.writeBytes(header(t, extent));
            bodies.writeBytes(bodyOf(t, extent));
        }
        return new byte[][] {headers.toByteArray(), bodies.toByteArray()};
    }

    private byte[] packets(int t) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (PacketExtent extent : tiles.get(t).extents()) {
            body.writeBytes(header(t, extent));
            body.writeBytes(bodyOf(t, extent));
        }
        return body.toByteArray();
    }

    /** Packet headers moved into two PPT segments per tile. */
    public byte[] withPptHeaders() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(mainHeader());
        for (int t = 0; t < tiles.size(); t++) {
            byte[][] split = headersAndBodies(t);
            byte[] all = split[0];
            int half = all.length / 2;
            byte[] segments = concat(segment(0xFF61, 0, Arrays.copyOfRange(all, 0, half)),
                    segment(0xFF61, 1, Arrays.copyOfRange(all, half, all.length)));
            tilePart(out, t, 0, 1, segments, split[1]);
        }
        return finish(out);
    }

    /**
     * Packet headers moved into two PPM segments of the main header, split inside the first tile-part's
     * headers (OpenJPEG does not accept an Nppm field split across segments).
     */
    public byte[] withPpmHeaders() {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        List<byte[]> bodies = new ArrayList<>();
        for (int t = 0; t < tiles.size(); t++) {
            byte[][] split = headersAndBodies(t);
            packed.writeBytes(ByteBuffer.allocate(4).putInt(split[0].length).array());
            packed.writeBytes(split[0]);
            bodies.add(split[1]);
        }
        byte[] all = packed.toByteArray();
        int split = 4 + ByteBuffer.wrap(all).getInt(0) / 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(mainHeader());
        out.writeBytes(segment(0xFF60, 0, Arrays.copyOfRange(all, 0, split)));
        out.writeBytes(segment(0xFF60, 1, Arrays.copyOfRange(all, split, all.length)));
        for (int t = 0; t < tiles.size(); t++) {
            tilePart(out, t, 0, 1, new byte[0], bodies.get(t));
        }
        return finish(out);
    }

    /** Each tile's packets spread over {@code parts} tile-parts, tiles interleaved, indexed by TLM. */
    public byte[] withTileParts(int parts) {
        List<List<byte[]>> partBodies = new ArrayList<>();
        for (int t = 0; t < tiles.size(); t++) {
            List<PacketExtent> extents = tiles.get(t).extents();
            List<byte[]> bodies = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                for (int k = p * extents.size() / parts; k < (p + 1) * extents.size() / parts; k++) {
                    body.writeBytes(header(t, extents.get(k)));
                    body.writeBytes(bodyOf(t, extents.get(k)));
                }
                bodies.add(body.toByteArray());
            }
            partBodies.add(bodies);
        }
        ByteBuffer tlm = ByteBuffer.allocate(2 + 6 * tiles.size() * parts);
        tlm.put((byte) 0).put((byte) 0x60);
        for (int p = 0; p < parts; p++) {
            for (int t = 0; t < tiles.size(); t++) {
                tlm.putShort((short) t).putInt(14 + partBodies.get(t).get(p).length);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(mainHeader());
        out.writeBytes(segmentWithoutIndex(0xFF55, tlm.array()));
        for (int p = 0; p < parts; p++) {
            for (int t = 0; t < tiles.size(); t++) {
                tilePart(out, t, p, parts, new byte[0], partBodies.get(t).get(p));
            }
        }
        return finish(out);
    }

    /** The packets reordered as the POC progressions {@code changes} require, with the POC segment. */
    public byte[] withProgressionChanges(List<ProgressionChange> changes) {
        ByteArrayOutputStream poc = new ByteArrayOutputStream();
        for (ProgressionChange change : changes) {
            poc.writeBytes(new byte[] {(byte) change.resolutionStart(), (byte) change.componentStart(),
                    (byte) (change.layerEnd() >> 8), (byte) change.layerEnd(), (byte) change.resolutionEnd(),
                    (byte) change.componentEnd(), (byte) change.order().code()});
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(mainHeader());
        out.writeBytes(segmentWithoutIndex(0xFF5F, poc.toByteArray()));
        for (int t = 0; t < tiles.size(); t++) {
            TileData tile = codestream.tiles().get(t);
            TileParameters reordered = new TileParameters(tile.parameters().style(), tile.parameters().components(),
                    tile.parameters().quantizations(), tile.parameters().roiShifts(), changes);
            List<TileComponentGeometry> geometry =
                    TileComponentGeometry.ofTile(codestream.size(), t, tile.parameters());
            Map<Packet, PacketExtent> byPacket = new HashMap<>();
            for (PacketExtent extent : tiles.get(t).extents()) {
                byPacket.put(extent.packet(), extent);
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Packet packet : PacketSequence.of(codestream.size().tile(t), geometry, reordered, Long.MAX_VALUE)) {
                PacketExtent extent = byPacket.get(packet);
                body.writeBytes(header(t, extent));
                body.writeBytes(bodyOf(t, extent));
            }
            tilePart(out, t, 0, 1, new byte[0], body.toByteArray());
        }
        return finish(out);
    }

    private byte[] mainHeader() {
        int at = 2;
        while ((((original[at] & 0xFF) << 8) | (original[at + 1] & 0xFF)) != 0xFF90) {
            at += 2 + (((original[at + 2] & 0xFF) << 8) | (original[at + 3] & 0xFF));
        }
        return Arrays.copyOf(original, at);
    }

    private static int markerOffset(byte[] main, int marker) {
        int at = 2;
        while (u16(main, at) != marker) {
            at += 2 + u16(main, at + 2);
        }
        return at;
    }

    private static int u16(byte[] data, int at) {
        return ((data[at] & 0xFF) << 8) | (data[at + 1] & 0xFF);
    }

    private byte[] header(int tile, PacketExtent extent) {
        return Arrays.copyOfRange(tiles.get(tile).data(), extent.headerStart(), extent.headerEnd());
    }

    private byte[] bodyOf(int tile, PacketExtent extent) {
        return Arrays.copyOfRange(tiles.get(tile).data(), extent.bodyStart(), extent.bodyEnd());
    }

    /** Packet lengths as PLT and PLM list them: 7-bit groups, all but the last flagged (A.7.3). */
    private static byte[] packetLengths(List<Integer> lengths) {
        ByteArrayOutputStream iplt = new ByteArrayOutputStream();
        for (int length : lengths) {
            int groups = 1;
            while (length >>> (7 * groups) != 0) {
                groups++;
            }
            for (int g = groups - 1; g >= 0; g--) {
                iplt.write(((length >>> (7 * g)) & 0x7F) | (g > 0 ? 0x80 : 0));
            }
        }
        return iplt.toByteArray();
    }

    private static byte[] segment(int marker, int index, byte[] data) {
        return segmentWithoutIndex(marker, concat(new byte[] {(byte) index}, data));
    }

    private static byte[] segmentWithoutIndex(int marker, byte[] data) {
        return ByteBuffer.allocate(4 + data.length).putShort((short) marker).putShort((short) (2 + data.length))
                .put(data).array();
    }

    private static void tilePart(ByteArrayOutputStream out, int tile, int part, int parts, byte[] headerSegments,
            byte[] body) {
        out.writeBytes(ByteBuffer.allocate(12).putShort((short) 0xFF90).putShort((short) 10).putShort((short) tile)
                .putInt(14 + headerSegments.length + body.length).put((byte) part).put((byte) parts).array());
        out.writeBytes(headerSegments);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0x93});
        out.writeBytes(body);
    }

    private static byte[] finish(ByteArrayOutputStream out) {
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
