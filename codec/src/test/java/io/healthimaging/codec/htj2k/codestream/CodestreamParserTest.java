package io.healthimaging.codec.htj2k.codestream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.testing.OpenJph;
import io.healthimaging.codec.testing.OpjDump;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parses codestreams made by OpenJPH with varied options and checks every header field against what
 * OpenJPEG's opj_dump reports, and that the packet headers of every tile account for exactly the
 * tile's data.
 */
class CodestreamParserTest {
    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.healthimaging.codec.testing.OpenJphCases#all")
    void headersMatchOpjDumpAndPacketsAccountForAllTileData(String name, SampleImage image, String[] options)
            throws IOException {
        Path file = OpenJph.compress(image, directory, "case", options);
        Codestream codestream = Codestream.parse(Files.readAllBytes(file));
        OpjDump dump = OpjDump.of(file);

        ImageAndTileSize size = codestream.size();
        assertEquals(dump.intValue("x0"), size.image().x0());
        assertEquals(dump.intValue("y0"), size.image().y0());
        assertEquals(dump.intValue("x1"), size.image().x1());
        assertEquals(dump.intValue("y1"), size.image().y1());
        assertEquals(dump.intValue("numcomps"), size.components().size());
        assertEquals(dump.allInts("prec"), size.components().stream().map(ComponentSize::precision).toList());
        assertEquals(dump.allInts("sgnd"), size.components().stream().map(s -> s.signed() ? 1 : 0).toList());
        assertEquals(dump.allInts("dx"), size.components().stream().map(ComponentSize::dx).toList());
        assertEquals(dump.intValue("tx0"), size.tileOriginX());
        assertEquals(dump.intValue("ty0"), size.tileOriginY());
        assertEquals(dump.intValue("tdx"), size.tileWidth());
        assertEquals(dump.intValue("tdy"), size.tileHeight());
        assertEquals(dump.intValue("tw"), size.tilesWide());
        assertEquals(dump.intValue("th"), size.tilesHigh());

        TileParameters main = codestream.mainParameters();
        assertEquals(dump.intValue("prg"), main.style().progression().code());
        assertEquals(dump.intValue("numlayers"), main.style().layers());
        assertEquals(dump.intValue("mct"), main.style().componentTransform() ? 1 : 0);
        List<Integer> resolutions = dump.allInts("numresolutions");
        List<List<int[]>> precincts = dump.pairs("preccintsize (w,h)");
        List<List<int[]>> steps = dump.pairs("stepsizes (m,e)");
        for (int c = 0; c < size.components().size(); c++) {
            ComponentCodingStyle style = main.component(c);
            Quantization quantization = main.quantization(c);
            assertEquals(resolutions.get(c), style.levels() + 1);
            assertEquals(dump.allInts("cblkw").get(c), style.blockWidthExponent());
            assertEquals(dump.allInts("cblkh").get(c), style.blockHeightExponent());
            assertEquals(dump.allInts("cblksty").get(c), style.blockStyle());
            assertEquals(dump.allInts("qmfbid").get(c), style.reversible() ? 1 : 0);
            assertEquals(dump.allInts("numgbits").get(c), quantization.guardBits());
            assertEquals(dump.allInts("qntsty").get(c), quantization.style().ordinal());
            for (int r = 0; r <= style.levels(); r++) {
                assertEquals(precincts.get(c).get(r)[0], style.precinctWidthExponent(r));
                assertEquals(precincts.get(c).get(r)[1], style.precinctHeightExponent(r));
            }
            for (int r = 0; r <= style.levels(); r++) {
                for (int orientation = r == 0 ? 0 : 1; orientation <= (r == 0 ? 0 : 3); orientation++) {
                    int[] step = steps.get(c).get(Quantization.subbandIndex(r, orientation));
                    assertEquals(step[1], quantization.exponent(style.levels(), r, orientation));
                    assertEquals(step[0], quantization.mantissa(r, orientation));
                }
            }
        }

        for (TileData tile : codestream.tiles()) {
            List<TileComponentGeometry> geometry =
                    TileComponentGeometry.ofTile(size, tile.index(), tile.parameters());
            TilePackets packets = TilePackets.read(size.tile(tile.index()), tile, geometry);
            assertEquals(0, packets.unreadBytes(), "tile " + tile.index() + " has bytes after its last packet");
        }
    }
}
