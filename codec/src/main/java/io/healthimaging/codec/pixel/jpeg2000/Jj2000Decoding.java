package io.healthimaging.codec.pixel.jpeg2000;

import com.github.jaiimageio.jpeg2000.impl.J2KImageReadParamJava;
import jj2000.j2k.codestream.HeaderInfo;
import jj2000.j2k.codestream.reader.BitstreamReaderAgent;
import jj2000.j2k.codestream.reader.HeaderDecoder;
import jj2000.j2k.decoder.DecoderSpecs;
import jj2000.j2k.image.BlkImgDataSrc;
import jj2000.j2k.image.DataBlkInt;
import jj2000.j2k.image.ImgDataConverter;
import jj2000.j2k.image.invcomptransf.InvCompTransf;
import jj2000.j2k.util.FacilityManager;
import jj2000.j2k.util.ISRandomAccessIO;
import jj2000.j2k.util.MsgLogger;
import jj2000.j2k.wavelet.synthesis.InverseWT;

import java.awt.Point;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Runs the JJ2000 decoding chain of jai-imageio-jpeg2000 (tier-2 parsing, block decoding, dequantization,
 * inverse wavelet and inverse component transform) over one codestream and collects each component's samples
 * at its own resolution, with the DC level shift undone and clipped to the component's range as T.800 G.1.2
 * and OpenJPEG do.
 */
final class Jj2000Decoding {
    /** JJ2000 reports warnings through a per-thread logger; a decoder of untrusted frames keeps them quiet. */
    private static final MsgLogger SILENT = new MsgLogger() {
        @Override
        public void printmsg(int severity, String message) {
        }

        @Override
        public void println(String text, int firstLineIndent, int indent) {
        }

        @Override
        public void flush() {
        }
    };

    private Jj2000Decoding() {
    }

    static int[][] decode(byte[] data, Codestream codestream) throws IOException {
        Thread thread = Thread.currentThread();
        FacilityManager.registerMsgLogger(thread, SILENT);
        try {
            return run(data, codestream);
        } finally {
            FacilityManager.unregisterMsgLogger(thread);
        }
    }

    private static int[][] run(byte[] data, Codestream codestream) throws IOException {
        int length = data.length - codestream.offset;
        ISRandomAccessIO in = new ISRandomAccessIO(
                new ByteArrayInputStream(data, codestream.offset, length), length, 1, length);
        J2KImageReadParamJava parameters = new J2KImageReadParamJava();
        HeaderInfo info = new HeaderInfo();
        HeaderDecoder header = new HeaderDecoder(in, parameters, info);
        int components = header.getNumComps();
        int[] depth = new int[components];
        for (int c = 0; c < components; c++) {
            depth[c] = header.getOriginalBitDepth(c);
        }
        DecoderSpecs specs = header.getDecoderSpecs();
        BitstreamReaderAgent bitstream = BitstreamReaderAgent.createInstance(in, header, parameters, specs, false,
                info);
        InverseWT wavelet = InverseWT.createInstance(header.createDequantizer(
                header.createROIDeScaler(header.createEntropyDecoder(bitstream, parameters), parameters, specs),
                depth, specs), specs);
        wavelet.setImgResLevel(bitstream.getImgRes());
        BlkImgDataSrc image = new InvCompTransf(new ImgDataConverter(wavelet, 0), specs, depth);

        int[][] planes = new int[components][];
        for (int c = 0; c < components; c++) {
            planes[c] = new int[codestream.componentWidth[c] * codestream.componentHeight[c]];
        }
        Point tiles = image.getNumTiles(null);
        for (int ty = 0; ty < tiles.y; ty++) {
            for (int tx = 0; tx < tiles.x; tx++) {
                image.setTile(tx, ty);
                for (int c = 0; c < components; c++) {
                    copyTile(image, c, header.isOriginalSigned(c), depth[c], codestream.componentWidth[c],
                            planes[c]);
                }
            }
        }
        return planes;
    }

    private static void copyTile(BlkImgDataSrc image, int c, boolean signed, int depth, int planeWidth,
            int[] plane) {
        int tileWidth = image.getTileCompWidth(image.getTileIdx(), c);
        int tileHeight = image.getTileCompHeight(image.getTileIdx(), c);
        int x0 = image.getCompULX(c) - ceilDiv(image.getImgULX(), image.getCompSubsX(c));
        int y0 = image.getCompULY(c) - ceilDiv(image.getImgULY(), image.getCompSubsY(c));
        DataBlkInt block = (DataBlkInt) image.getInternCompData(new DataBlkInt(0, 0, tileWidth, tileHeight), c);
        int shift = signed ? 0 : 1 << (image.getNomRangeBits(c) - 1);
        int min = signed ? -(1 << (depth - 1)) : 0;
        int max = signed ? (1 << (depth - 1)) - 1 : (1 << depth) - 1;
        for (int y = 0; y < tileHeight; y++) {
            int from = block.offset + y * block.scanw;
            int to = (y0 + y) * planeWidth + x0;
            for (int x = 0; x < tileWidth; x++) {
                int value = block.data[from + x] + shift;
                plane[to + x] = value < min ? min : Math.min(value, max);
            }
        }
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
