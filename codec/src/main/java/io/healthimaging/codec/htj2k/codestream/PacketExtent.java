package io.healthimaging.codec.htj2k.codestream;

/**
 * Where one packet lies: its header (in the tile data, or in the packed headers of PPM/PPT) and its
 * body in the tile data. Offsets index the arrays {@link TilePackets#data()} and the packed headers
 * refer to; the header ends before any EPH marker.
 */
public record PacketExtent(Packet packet, int headerStart, int headerEnd, int bodyStart, int bodyEnd) {
}
