package io.healthimaging.codec.htj2k.codestream;

import java.util.List;

/**
 * A parsed codestream: the main header and each tile's parameters and data.
 *
 * @param size the SIZ marker segment
 * @param htCapabilities the Ccap^15 word of the CAP marker segment, or -1 when the codestream has none
 * @param mainParameters coding parameters of the main header
 * @param tiles every tile, in index order
 */
public record Codestream(ImageAndTileSize size, int htCapabilities, TileParameters mainParameters,
        List<TileData> tiles) {

    public Codestream {
        tiles = List.copyOf(tiles);
    }

    /** Parses {@code data}, a raw codestream or a JP2/JPH file holding one. */
    public static Codestream parse(byte[] data) {
        return new CodestreamParser(data).parse();
    }
}
