package io.healthimaging.codec.htj2k;

import io.healthimaging.codec.htj2k.block.HtBlockDecoder;
import io.healthimaging.codec.htj2k.block.HtCodingException;
import io.healthimaging.codec.htj2k.codestream.BandGeometry;
import io.healthimaging.codec.htj2k.codestream.BlockSegments;
import io.healthimaging.codec.htj2k.codestream.ComponentCodingStyle;
import io.healthimaging.codec.htj2k.codestream.ComponentSize;
import io.healthimaging.codec.htj2k.codestream.ImageAndTileSize;
import io.healthimaging.codec.htj2k.codestream.PrecinctBand;
import io.healthimaging.codec.htj2k.codestream.PrecinctState;
import io.healthimaging.codec.htj2k.codestream.Quantization;
import io.healthimaging.codec.htj2k.codestream.Rect;
import io.healthimaging.codec.htj2k.codestream.ResolutionGeometry;
import io.healthimaging.codec.htj2k.codestream.TileComponentGeometry;
import io.healthimaging.codec.htj2k.codestream.TileData;
import io.healthimaging.codec.htj2k.codestream.TileParameters;
import io.healthimaging.codec.htj2k.codestream.TilePackets;
import io.healthimaging.codec.htj2k.wavelet.ComponentTransform;
import io.healthimaging.codec.htj2k.wavelet.Irreversible97;
import io.healthimaging.codec.htj2k.wavelet.Reversible53;
import java.util.List;

/**
 * Decodes one tile: its packets, code-blocks, inverse quantization, inverse wavelet, inverse component
 * transform and DC level shift, writing the samples into the image's component planes.
 */
final class TileDecoder {
    private final ImageAndTileSize size;
    private final int discardLevels;
    private final DecodedPlanes planes;
    private final HtBlockDecoder blockDecoder = new HtBlockDecoder();
    private final int[] blockIndices = new int[4096];
    private byte[] joinedSegments = new byte[0];

    TileDecoder(ImageAndTileSize size, int discardLevels, DecodedPlanes planes) {
        this.size = size;
        this.discardLevels = discardLevels;
        this.planes = planes;
    }

    void decode(TileData tile) {
        TileParameters parameters = tile.parameters();
        Rect tileArea = size.tile(tile.index());
        List<TileComponentGeometry> geometry = TileComponentGeometry.ofTile(size, tile.index(), parameters);
        for (TileComponentGeometry component : geometry) {
            requireSupported(tile.index(), component, parameters);
        }
        TilePackets packets = TilePackets.read(tileArea, tile, geometry);
        int components = geometry.size();
        ComponentSamples[] samples = new ComponentSamples[components];
        for (int c = 0; c < components; c++) {
            samples[c] = reconstruct(tile.index(), geometry.get(c), parameters, packets);
        }
        if (parameters.style().componentTransform() && components >= 3) {
            inverseComponentTransform(tile.index(), samples);
        }
        for (int c = 0; c < components; c++) {
            planes.store(c, samples[c]);
        }
    }

    /** Checks, before any packet is read, that this decoder implements what the tile-component uses. */
    private void requireSupported(int tileIndex, TileComponentGeometry component, TileParameters parameters) {
        int c = component.component();
        ComponentCodingStyle style = component.style();
        if ((style.blockStyle() & ComponentCodingStyle.STYLE_HT) == 0) {
            throw new UnsupportedCodestreamException("component " + c + " uses JPEG 2000 Part 1 (EBCOT) code-blocks"
                    + " (code-block style 0x" + Integer.toHexString(style.blockStyle()) + "); only HTJ2K"
                    + " (ISO/IEC 15444-15) code-blocks are decoded");
        }
        if ((style.blockStyle() & ComponentCodingStyle.STYLE_HT_MIXED) != 0) {
            throw new UnsupportedCodestreamException("component " + c + " mixes HT and Part 1 (EBCOT) code-blocks"
                    + " (code-block style 0x" + Integer.toHexString(style.blockStyle()) + "), which is not supported");
        }
        if (parameters.roiShift(c) != 0) {
            throw new UnsupportedCodestreamException("component " + c + " uses a region of interest (RGN maxshift "
                    + parameters.roiShift(c) + "), which is not supported");
        }
        if (discardLevels > style.levels()) {
            throw new UnsupportedCodestreamException("cannot discard " + discardLevels + " resolution levels: tile "
                    + tileIndex + " component " + c + " has " + style.levels() + " decomposition levels");
        }
    }

    private ComponentSamples reconstruct(int tileIndex, TileComponentGeometry component, TileParameters parameters,
            TilePackets packets) {
        int c = component.component();
        ComponentCodingStyle style = component.style();
        int levels = style.levels();
        int top = levels - discardLevels;
        ComponentSamples samples = new ComponentSamples(component.resolutionArea(top), style.reversible());
        ComponentSize componentSize = size.components().get(c);
        Quantization quantization = parameters.quantization(c);
        for (int r = 0; r <= top; r++) {
            ResolutionGeometry resolution = component.resolution(r);
            for (int p = 0; p < resolution.precinctCount(); p++) {
                PrecinctState precinct = packets.precinct(c, r, p);
                if (precinct == null) {
                    continue;
                }
                for (int b = 0; b < precinct.bandCount(); b++) {
                    PrecinctBand band = precinct.band(b);
                    BandGeometry geometry = band.band();
                    int placeX = component.bandColumn(r, geometry);
                    int placeY = component.bandRow(r, geometry);
                    int magnitudeBits = Dequantizer.magnitudeBits(quantization, levels, r, geometry);
                    float step = style.reversible() ? 0
                            : Dequantizer.stepSize(quantization, levels, r, geometry, componentSize.precision());
                    for (int i = 0; i < band.blockCount(); i++) {
                        BlockSegments segments = precinct.block(b, i);
                        if (segments == null || !segments.hasData()) {
                            continue;
                        }
                        Rect block = band.block(i);
                        int x = placeX + block.x0() - geometry.area().x0();
                        int y = placeY + block.y0() - geometry.area().y0();
                        try {
                            decodeBlock(packets, segments, block, magnitudeBits, style, samples, x, y, step);
                        } catch (HtCodingException e) {
                            throw new InvalidCodestreamException("tile " + tileIndex + " component " + c
                                    + " resolution " + r + " subband " + geometry.orientation() + " code-block at ("
                                    + block.x0() + "," + block.y0() + "): " + e.getMessage(), e);
                        }
                    }
                }
            }
        }
        samples.inverseWavelet(component, top);
        return samples;
    }

    private void decodeBlock(TilePackets packets, BlockSegments segments, Rect block, int magnitudeBits,
            ComponentCodingStyle style, ComponentSamples samples, int x, int y, float step) {
        if (magnitudeBits < 1 || magnitudeBits > 30) {
            throw new UnsupportedCodestreamException("a subband with " + magnitudeBits
                    + " magnitude bit-planes; 1..30 are supported");
        }
        if (segments.missingMsbs() >= magnitudeBits) {
            throw new InvalidCodestreamException("a code-block signals " + segments.missingMsbs()
                    + " missing MSBs in a subband of " + magnitudeBits + " magnitude bit-planes");
        }
        byte[] data = packets.data();
        int offset = segments.cleanupOffset();
        if (!segments.contiguous()) {
            int length = segments.cleanupLength() + segments.refinementLength();
            if (joinedSegments.length < length) {
                joinedSegments = new byte[length];
            }
            segments.copySegments(data, joinedSegments);
            data = joinedSegments;
            offset = 0;
        }
        boolean causal = (style.blockStyle() & ComponentCodingStyle.STYLE_VERTICALLY_CAUSAL) != 0;
        int width = block.width();
        int height = block.height();
        if (samples.reversible()) {
            int at = y * samples.width() + x;
            int undecoded = blockDecoder.decode(data, offset, segments.cleanupLength(), segments.refinementLength(),
                    segments.passCount(), segments.missingMsbs(), magnitudeBits, width, height, samples.ints(), at,
                    samples.width(), causal);
            Dequantizer.reversible(samples.ints(), at, samples.width(), width, height, undecoded);
        } else {
            int undecoded = blockDecoder.decode(data, offset, segments.cleanupLength(), segments.refinementLength(),
                    segments.passCount(), segments.missingMsbs(), magnitudeBits, width, height, blockIndices, 0,
                    width, causal);
            Dequantizer.irreversible(blockIndices, width, height, undecoded, step, samples.floats(),
                    y * samples.width() + x, samples.width());
        }
    }

    private static void inverseComponentTransform(int tileIndex, ComponentSamples[] samples) {
        ComponentSamples y = samples[0];
        ComponentSamples u = samples[1];
        ComponentSamples v = samples[2];
        if (!y.area().equals(u.area()) || !y.area().equals(v.area())) {
            throw new InvalidCodestreamException("tile " + tileIndex
                    + " applies a component transform to components of different sizes");
        }
        if (y.reversible() != u.reversible() || y.reversible() != v.reversible()) {
            throw new InvalidCodestreamException("tile " + tileIndex
                    + " applies a component transform to components with different wavelets");
        }
        int count = y.width() * y.height();
        if (y.reversible()) {
            ComponentTransform.inverseRct(y.ints(), u.ints(), v.ints(), count);
        } else {
            ComponentTransform.inverseIct(y.floats(), u.floats(), v.floats(), count);
        }
    }

    /** The samples of one tile-component at the decoded resolution: ints (5/3) or floats (9/7). */
    static final class ComponentSamples {
        private final Rect area;
        private final int[] ints;
        private final float[] floats;

        ComponentSamples(Rect area, boolean reversible) {
            this.area = area;
            int count = Math.toIntExact(area.area());
            this.ints = reversible ? new int[count] : null;
            this.floats = reversible ? null : new float[count];
        }

        Rect area() {
            return area;
        }

        int width() {
            return area.width();
        }

        int height() {
            return area.height();
        }

        boolean reversible() {
            return ints != null;
        }

        int[] ints() {
            return ints;
        }

        float[] floats() {
            return floats;
        }

        /** Synthesis from resolution 0 up to {@code top}, each level in the buffer's top-left corner. */
        void inverseWavelet(TileComponentGeometry component, int top) {
            int[] intScratch = ints != null && top > 0 ? new int[Reversible53.scratchSize(width(), height())] : null;
            float[] floatScratch = floats != null && top > 0 ? new float[floats.length] : null;
            for (int r = 1; r <= top; r++) {
                Rect level = component.resolutionArea(r);
                if (ints != null) {
                    Reversible53.inverse(ints, 0, width(), level.x0(), level.y0(), level.width(), level.height(),
                            intScratch);
                } else {
                    Irreversible97.inverse(floats, 0, width(), level.x0(), level.y0(), level.width(),
                            level.height(), floatScratch);
                }
            }
        }
    }
}
