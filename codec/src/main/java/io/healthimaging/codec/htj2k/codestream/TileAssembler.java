package io.healthimaging.codec.htj2k.codestream;

import io.healthimaging.codec.htj2k.InvalidCodestreamException;
import java.util.ArrayList;
import java.util.List;

/** Collects tile-parts, which may interleave across tiles, into one {@link TileData} per tile. */
final class TileAssembler {
    private final ImageAndTileSize size;
    private final HeaderParameters main;
    private final PackedHeaderStream ppm;
    private final Tile[] tiles;

    TileAssembler(ImageAndTileSize size, HeaderParameters main, PackedHeaderStream ppm) {
        this.size = size;
        this.main = main;
        this.ppm = ppm;
        this.tiles = new Tile[size.tileCount()];
    }

    Part startPart(int tileIndex, int partIndex, int declaredParts, int offset) {
        if (tileIndex >= tiles.length) {
            throw new InvalidCodestreamException("SOT at offset " + offset + " names tile " + tileIndex + " of "
                    + tiles.length);
        }
        Tile tile = tiles[tileIndex];
        if (tile == null) {
            tile = new Tile(size.components().size());
            tiles[tileIndex] = tile;
        }
        if (partIndex != tile.bodies.size()) {
            throw new InvalidCodestreamException("SOT at offset " + offset + " is tile-part " + partIndex
                    + " of tile " + tileIndex + " but tile-part " + tile.bodies.size() + " is expected next");
        }
        if (declaredParts != 0) {
            if (tile.declaredParts != 0 && tile.declaredParts != declaredParts) {
                throw new InvalidCodestreamException("tile " + tileIndex + " declares " + tile.declaredParts
                        + " and then " + declaredParts + " tile-parts");
            }
            tile.declaredParts = declaredParts;
        }
        if (ppm != null) {
            tile.packedHeaders.add(ppm.nextTilePart(tileIndex));
        }
        return new Part(tile);
    }

    List<TileData> finish() {
        List<TileData> result = new ArrayList<>(tiles.length);
        for (int t = 0; t < tiles.length; t++) {
            Tile tile = tiles[t];
            if (tile == null) {
                throw new InvalidCodestreamException("the codestream has no tile-part for tile " + t);
            }
            if (tile.declaredParts != 0 && tile.bodies.size() != tile.declaredParts) {
                throw new InvalidCodestreamException("tile " + t + " declares " + tile.declaredParts
                        + " tile-parts but " + tile.bodies.size() + " are present");
            }
            if (tile.hasPpt && ppm != null) {
                throw new InvalidCodestreamException("tile " + t + " has PPT marker segments although the main"
                        + " header has PPM");
            }
            ByteRegion packed = tile.packedHeaders.isEmpty() ? null : ByteRegion.concat(tile.packedHeaders);
            result.add(new TileData(t, tile.parameters.resolve(main), ByteRegion.concat(tile.bodies), packed,
                    tile.bodies.size()));
        }
        return result;
    }

    private static final class Tile {
        final HeaderParameters parameters;
        final List<ByteRegion> bodies = new ArrayList<>();
        final List<ByteRegion> packedHeaders = new ArrayList<>();
        int declaredParts;
        boolean hasPpt;

        Tile(int components) {
            parameters = new HeaderParameters(components);
        }
    }

    /** The tile-part being read; its header markers update the tile's parameters. */
    static final class Part {
        private final Tile tile;

        private Part(Tile tile) {
            this.tile = tile;
        }

        HeaderParameters parameters() {
            return tile.parameters;
        }

        void addBody(ByteRegion body) {
            tile.bodies.add(body);
        }

        void addPackedHeaders(ByteRegion headers) {
            tile.hasPpt = true;
            tile.packedHeaders.add(headers);
        }
    }
}
