package io.healthimaging.codec.dicom.io;

import java.io.IOException;
import java.io.OutputStream;

/** Writes little-endian integers and element headers of Explicit VR Little Endian. */
final class LittleEndianOutput {
    private final OutputStream out;

    LittleEndianOutput(OutputStream out) {
        this.out = out;
    }

    void u16(int value) throws IOException {
        out.write(value);
        out.write(value >>> 8);
    }

    void u32(long value) throws IOException {
        u16((int) value & 0xFFFF);
        u16((int) (value >>> 16) & 0xFFFF);
    }

    void tag(int tag) throws IOException {
        u16(tag >>> 16);
        u16(tag & 0xFFFF);
    }

    void bytes(byte[] bytes) throws IOException {
        out.write(bytes);
    }

    void bytes(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    void u8(int value) throws IOException {
        out.write(value);
    }

    void flush() throws IOException {
        out.flush();
    }
}
