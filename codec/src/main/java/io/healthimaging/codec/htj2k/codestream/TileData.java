package io.healthimaging.codec.htj2k.codestream;

/**
 * Everything the codestream holds for one tile.
 *
 * @param index the tile index Isot
 * @param parameters coding parameters after the main and tile headers are combined
 * @param body the packet data of all tile-parts, in tile-part order
 * @param packedHeaders packet headers moved into PPM or PPT marker segments, or null when they are in
 *     {@code body}
 * @param tileParts number of tile-parts
 */
public record TileData(int index, TileParameters parameters, ByteRegion body, ByteRegion packedHeaders,
        int tileParts) {
}
