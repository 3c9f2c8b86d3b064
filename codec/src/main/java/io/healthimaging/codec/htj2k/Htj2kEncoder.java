package io.healthimaging.codec.htj2k;

import io.healthimaging.codec.htj2k.block.CodedBlock;
import io.healthimaging.codec.htj2k.block.HtBlockEncoder;
import io.healthimaging.codec.htj2k.codestream.BandGeometry;
import io.healthimaging.codec.htj2k.codestream.CodestreamWriter;
import io.healthimaging.codec.htj2k.codestream.CodingStyle;
import io.healthimaging.codec.htj2k.codestream.ComponentCodingStyle;
import io.healthimaging.codec.htj2k.codestream.ComponentSize;
import io.healthimaging.codec.htj2k.codestream.ImageAndTileSize;
import io.healthimaging.codec.htj2k.codestream.LayerAssignment;
import io.healthimaging.codec.htj2k.codestream.Packet;
import io.healthimaging.codec.htj2k.codestream.PacketSequence;
import io.healthimaging.codec.htj2k.codestream.PacketWriter;
import io.healthimaging.codec.htj2k.codestream.PrecinctBand;
import io.healthimaging.codec.htj2k.codestream.ProgressionOrder;
import io.healthimaging.codec.htj2k.codestream.Quantization;
import io.healthimaging.codec.htj2k.codestream.Rect;
import io.healthimaging.codec.htj2k.codestream.ResolutionGeometry;
import io.healthimaging.codec.htj2k.codestream.TileComponentGeometry;
import io.healthimaging.codec.htj2k.codestream.TileParameters;
import io.healthimaging.codec.image.SampleImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Encodes frames as lossless HTJ2K codestreams (ISO/IEC 15444-15) with the structure DICOM PS3.5 asks
 * of transfer syntax 1.2.840.10008.1.2.4.202 (HTJ2K with RPCL options): reversible 5/3 wavelet (RCT
 * for three components), RPCL progression, enough levels that the lowest resolution is at most 64
 * samples wide and high, 64x64 code-blocks, one tile with one tile-part per resolution level indexed
 * by a TLM marker, and the CAP and CPF marker segments of Part 15.
 *
 * <p>Thread-safe: frames can be encoded in parallel with one instance.
 */
public final class Htj2kEncoder {
    /** The widest samples encoded; wider ones would leave the block coder's 30 magnitude bits. */
    public static final int MAX_BIT_DEPTH = 16;
    private static final int BLOCK_EXPONENT = 6;
    private static final int GUARD_BITS = 1;

    private final Htj2kEncoderOptions options;

    public Htj2kEncoder() {
        this(Htj2kEncoderOptions.defaults());
    }

    public Htj2kEncoder(Htj2kEncoderOptions options) {
        this.options = options;
    }

    /** The fewest levels that make the lowest resolution at most 64 x 64 (PS3.5, RPCL options). */
    public static int automaticLevels(int width, int height) {
        int levels = 0;
        while (levels < 32 && (ceilShift(width, levels) > 64 || ceilShift(height, levels) > 64)) {
            levels++;
        }
        return levels;
    }

    /**
     * Encodes one frame losslessly.
     *
     * @throws IllegalArgumentException for samples wider than {@link #MAX_BIT_DEPTH} bits
     */
    public byte[] encode(SampleImage image) {
        return encode(image, 1, (component, resolution, precinct) -> LayerAssignment.SINGLE_LAYER);
    }

    /** Which layers carry the passes of each precinct's code-blocks. */
    interface Layering {
        LayerAssignment of(int component, int resolution, int precinct);
    }

    /**
     * Encodes with {@code layers} quality layers. The codestreams of the DICOM transfer syntaxes use one;
     * several exist for checking decoders against layered codestreams.
     */
    byte[] encode(SampleImage image, int layers, Layering layering) {
        if (image.bitDepth() > MAX_BIT_DEPTH) {
            throw new IllegalArgumentException("samples of " + image.bitDepth() + " bits; at most " + MAX_BIT_DEPTH
                    + " are encoded");
        }
        int levels = options.decompositionLevels() == Htj2kEncoderOptions.AUTOMATIC_LEVELS
                ? automaticLevels(image.width(), image.height()) : options.decompositionLevels();
        boolean componentTransform = image.components() == 3;
        List<ComponentSize> components = Collections.nCopies(image.components(),
                new ComponentSize(image.bitDepth(), image.signed(), 1, 1));
        ImageAndTileSize size = new ImageAndTileSize(ImageAndTileSize.RSIZ_PART15,
                new Rect(0, 0, image.width(), image.height()), image.width(), image.height(), 0, 0, components);
        int[] precincts = ComponentCodingStyle.defaultPrecincts(levels);
        ComponentCodingStyle style = new ComponentCodingStyle(levels, BLOCK_EXPONENT, BLOCK_EXPONENT,
                ComponentCodingStyle.STYLE_HT, true, precincts, precincts);
        CodingStyle coding = new CodingStyle(false, false, ProgressionOrder.RPCL, layers, componentTransform);
        List<TileComponentGeometry> geometry = new ArrayList<>(image.components());
        for (int c = 0; c < image.components(); c++) {
            geometry.add(TileComponentGeometry.of(size.tile(0), c, components.get(c), style));
        }
        int[][] coefficients = ForwardTransform.apply(image, componentTransform, geometry);
        Quantization quantization = SubbandExponents.reversible(coefficients, geometry, GUARD_BITS);
        TileParameters parameters = new TileParameters(coding, Collections.nCopies(image.components(), style),
                Collections.nCopies(image.components(), quantization), new int[image.components()], List.of());

        byte[][] tileParts = packets(coefficients, geometry, parameters, size.tile(0), quantization, levels,
                layering);
        int total = 0;
        int[] partLengths = new int[tileParts.length];
        for (int r = 0; r < tileParts.length; r++) {
            partLengths[r] = CodestreamWriter.tilePartLength(tileParts[r].length);
            total += partLengths[r];
        }
        CodestreamWriter out = new CodestreamWriter(total + 256);
        out.soc();
        out.siz(size);
        out.cap(htCapabilities(quantization));
        out.cpf();
        out.cod(coding, style, false);
        out.qcdReversible(quantization);
        out.tlm(partLengths);
        for (int r = 0; r < tileParts.length; r++) {
            out.tilePart(0, r, tileParts.length, tileParts[r]);
        }
        out.eoc();
        return out.toByteArray();
    }

    /** Codes every code-block and returns the packets of each resolution level: one tile-part each. */
    private byte[][] packets(int[][] coefficients, List<TileComponentGeometry> geometry, TileParameters parameters,
            Rect tile, Quantization quantization, int levels, Layering layering) {
        HtBlockEncoder blockEncoder = new HtBlockEncoder();
        PacketWriter[][][] writers = new PacketWriter[geometry.size()][levels + 1][];
        ByteArrayOutputStream[] parts = new ByteArrayOutputStream[levels + 1];
        for (int r = 0; r <= levels; r++) {
            parts[r] = new ByteArrayOutputStream();
        }
        for (Packet packet : PacketSequence.of(tile, geometry, parameters, Long.MAX_VALUE)) {
            int c = packet.component();
            int r = packet.resolution();
            TileComponentGeometry component = geometry.get(c);
            ResolutionGeometry resolution = component.resolution(r);
            if (writers[c][r] == null) {
                writers[c][r] = new PacketWriter[resolution.precinctCount()];
            }
            PacketWriter writer = writers[c][r][packet.precinct()];
            if (writer == null) {
                PrecinctBand[] bands = resolution.precinctBands(packet.precinct());
                CodedBlock[][] blocks = new CodedBlock[bands.length][];
                for (int b = 0; b < bands.length; b++) {
                    blocks[b] = codeBlocks(blockEncoder, coefficients[c], component, r, bands[b],
                            quantization, levels);
                }
                writer = new PacketWriter(bands, blocks, parameters.style().layers(),
                        layering.of(c, r, packet.precinct()));
                writers[c][r][packet.precinct()] = writer;
            }
            parts[r].writeBytes(writer.packet(packet.layer()));
        }
        byte[][] result = new byte[levels + 1][];
        for (int r = 0; r <= levels; r++) {
            result[r] = parts[r].toByteArray();
        }
        return result;
    }

    private CodedBlock[] codeBlocks(HtBlockEncoder encoder, int[] coefficients, TileComponentGeometry component,
            int r, PrecinctBand band, Quantization quantization, int levels) {
        BandGeometry geometry = band.band();
        int stride = component.area().width();
        int magnitudeBits = GUARD_BITS + quantization.exponent(levels, r, geometry.orientation()) - 1;
        CodedBlock[] blocks = new CodedBlock[band.blockCount()];
        for (int i = 0; i < blocks.length; i++) {
            Rect block = band.block(i);
            int x = component.bandColumn(r, geometry) + block.x0() - geometry.area().x0();
            int y = component.bandRow(r, geometry) + block.y0() - geometry.area().y0();
            int offset = y * stride + x;
            blocks[i] = options.refinementPasses()
                    ? encoder.encodeWithRefinement(coefficients, offset, stride, block.width(), block.height(),
                            magnitudeBits)
                    : encoder.encode(coefficients, offset, stride, block.width(), block.height(), magnitudeBits);
        }
        return blocks;
    }

    /**
     * Ccap^15 (15444-15 A.4): HT code-blocks only, one HT set per block, reversible, and the MAGB code of
     * the largest magnitude bit count used.
     */
    private static int htCapabilities(Quantization quantization) {
        int largest = 0;
        for (int exponent : quantization.exponents()) {
            largest = Math.max(largest, GUARD_BITS + exponent - 1);
        }
        if (largest <= 8) {
            return 0;
        }
        if (largest < 28) {
            return largest - 8;
        }
        return 13 + (largest >> 2);
    }

    private static int ceilShift(int value, int shift) {
        return (int) ((value + (1L << shift) - 1) >> shift);
    }
}
