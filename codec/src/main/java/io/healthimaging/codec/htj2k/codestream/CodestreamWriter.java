package io.healthimaging.codec.htj2k.codestream;

import java.util.Arrays;

/** Writes marker segments and tile-parts (Annex A) into a growing byte array. */
public final class CodestreamWriter {
    /** Rsiz bits 0-11 of the Part 1 codestream an HT to Part 1 transcoding would give: no profile. */
    private static final int CORRESPONDING_PROFILE = 0;

    private byte[] bytes;
    private int length;

    public CodestreamWriter(int expectedLength) {
        bytes = new byte[Math.max(256, expectedLength)];
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    public void soc() {
        u16(Marker.SOC);
    }

    public void eoc() {
        u16(Marker.EOC);
    }

    public void siz(ImageAndTileSize size) {
        int components = size.components().size();
        u16(Marker.SIZ);
        u16(38 + 3 * components);
        u16(size.capabilities());
        u32(size.image().x1());
        u32(size.image().y1());
        u32(size.image().x0());
        u32(size.image().y0());
        u32(size.tileWidth());
        u32(size.tileHeight());
        u32(size.tileOriginX());
        u32(size.tileOriginY());
        u16(components);
        for (ComponentSize component : size.components()) {
            u8((component.signed() ? 0x80 : 0) | (component.precision() - 1));
            u8(component.dx());
            u8(component.dy());
        }
    }

    /** CAP (15444-15 A.3): Pcap announces Part 15, followed by its Ccap^15 word. */
    public void cap(int htCapabilities) {
        u16(Marker.CAP);
        u16(8);
        u32(0x00020000L);
        u16(htCapabilities);
    }

    /** CPF (15444-15 A.6): the profile of the corresponding Part 1 codestream, from Rsiz bits 0-11. */
    public void cpf() {
        u16(Marker.CPF);
        u16(4);
        u16(CORRESPONDING_PROFILE);
    }

    public void cod(CodingStyle style, ComponentCodingStyle component, boolean precincts) {
        u16(Marker.COD);
        u16(12 + (precincts ? component.levels() + 1 : 0));
        u8((precincts ? 1 : 0) | (style.sopMarkers() ? 2 : 0) | (style.ephMarkers() ? 4 : 0));
        u8(style.progression().code());
        u16(style.layers());
        u8(style.componentTransform() ? 1 : 0);
        u8(component.levels());
        u8(component.blockWidthExponent() - 2);
        u8(component.blockHeightExponent() - 2);
        u8(component.blockStyle());
        u8(component.reversible() ? 1 : 0);
        if (precincts) {
            for (int r = 0; r <= component.levels(); r++) {
                u8(component.precinctHeightExponent(r) << 4 | component.precinctWidthExponent(r));
            }
        }
    }

    /** QCD for reversible coding: no quantization, one exponent per subband. */
    public void qcdReversible(Quantization quantization) {
        int[] exponents = quantization.exponents();
        u16(Marker.QCD);
        u16(3 + exponents.length);
        u8(quantization.guardBits() << 5);
        for (int exponent : exponents) {
            u8(exponent << 3);
        }
    }

    /** TLM with 8-bit tile indices and 32-bit lengths, one entry per tile-part of tile 0. */
    public void tlm(int[] tilePartLengths) {
        u16(Marker.TLM);
        u16(4 + 5 * tilePartLengths.length);
        u8(0);
        u8(0x50);
        for (int partLength : tilePartLengths) {
            u8(0);
            u32(partLength);
        }
    }

    /** Length of a tile-part (SOT segment, SOD marker and body), as Psot and TLM give it. */
    public static int tilePartLength(int bodyLength) {
        return 14 + bodyLength;
    }

    public void tilePart(int tile, int part, int parts, byte[] body) {
        u16(Marker.SOT);
        u16(10);
        u16(tile);
        u32(tilePartLength(body.length));
        u8(part);
        u8(parts);
        u16(Marker.SOD);
        bytes(body, 0, body.length);
    }

    public void bytes(byte[] source, int offset, int count) {
        ensure(count);
        System.arraycopy(source, offset, bytes, length, count);
        length += count;
    }

    private void u8(int value) {
        ensure(1);
        bytes[length++] = (byte) value;
    }

    private void u16(int value) {
        u8(value >>> 8);
        u8(value);
    }

    private void u32(long value) {
        u16((int) (value >>> 16) & 0xFFFF);
        u16((int) value & 0xFFFF);
    }

    private void ensure(int count) {
        if (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
        }
    }
}
