package io.healthimaging.codec.htj2k;

import io.healthimaging.codec.htj2k.codestream.Codestream;
import io.healthimaging.codec.htj2k.codestream.ComponentSize;
import io.healthimaging.codec.htj2k.codestream.TileData;

/**
 * What a codestream's headers declare, without decoding any samples.
 *
 * @param width image width at full resolution (Xsiz - XOsiz)
 * @param height image height at full resolution (Ysiz - YOsiz)
 * @param components number of components
 * @param precision the largest component precision in bits
 * @param signed the first component's samples are signed
 * @param levels the fewest decomposition levels of any tile-component: how many resolution levels a
 *     decode can discard
 * @param reversible every tile-component uses the reversible 5/3 wavelet
 * @param tiles number of tiles
 * @param htCapabilities the CAP marker's Ccap^15 word, or -1 when the codestream has no CAP marker
 */
public record CodestreamInfo(int width, int height, int components, int precision, boolean signed, int levels,
        boolean reversible, int tiles, int htCapabilities) {

    public static CodestreamInfo of(byte[] codestream) {
        return of(Codestream.parse(codestream));
    }

    static CodestreamInfo of(Codestream codestream) {
        int precision = 0;
        for (ComponentSize component : codestream.size().components()) {
            precision = Math.max(precision, component.precision());
        }
        int levels = Integer.MAX_VALUE;
        boolean reversible = true;
        for (TileData tile : codestream.tiles()) {
            for (int c = 0; c < codestream.size().components().size(); c++) {
                levels = Math.min(levels, tile.parameters().component(c).levels());
                reversible &= tile.parameters().component(c).reversible();
            }
        }
        return new CodestreamInfo(codestream.size().image().width(), codestream.size().image().height(),
                codestream.size().components().size(), precision, codestream.size().components().get(0).signed(),
                levels, reversible, codestream.tiles().size(), codestream.htCapabilities());
    }
}
