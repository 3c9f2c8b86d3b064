package io.healthimaging.codec.dicom.io;

import io.healthimaging.codec.dicom.DicomElement;
import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.VR;
import io.healthimaging.codec.dicom.pixel.NativeFrameLayout;
import io.healthimaging.codec.image.PixelDescription;

import java.io.IOException;
import java.util.List;

/**
 * Native Pixel Data: the frames one after the other, OW for samples wider than a byte, OB otherwise.
 * Bit-packed frames (Bits Allocated 1) are joined bit by bit, as PS3.5 8.1.1 lays them out.
 */
final class NativePixelDataEncoder implements PixelDataEncoder {
    private final Frames frames;
    private final long frameBits;
    private final int frameLength;
    private final VR vr;

    NativePixelDataEncoder(PixelDescription description, Frames frames) throws IOException {
        this.frames = frames;
        this.frameBits = NativeFrameLayout.frameBits(description);
        this.vr = description.bitsAllocated() > 8 ? VR.OW : VR.OB;
        long bytes = (frameBits + 7) / 8;
        for (int i = 0; i < frames.count(); i++) {
            if (frames.length(i) != bytes) {
                throw new IllegalArgumentException("native frame " + i + " holds " + frames.length(i)
                        + " bytes, the image needs " + bytes);
            }
        }
        this.frameLength = (int) bytes;
    }

    private long valueLength() {
        return (frameBits * frames.count() + 7) / 8;
    }

    @Override
    public long length() {
        return 12 + ElementEncoder.padded(valueLength());
    }

    @Override
    public void write(ElementEncoder encoder, LittleEndianOutput out) throws IOException {
        long value = valueLength();
        encoder.header(Tag.PIXEL_DATA, vr, ElementEncoder.padded(value));
        if (frameBits % 8 == 0) {
            for (int i = 0; i < frames.count(); i++) {
                out.bytes(frames.frame(i), 0, frameLength);
            }
        } else {
            writeBitPacked(out);
        }
        if ((value & 1) == 1) {
            out.u8(0);
        }
    }

    private void writeBitPacked(LittleEndianOutput out) throws IOException {
        int pending = 0;
        int pendingBits = 0;
        for (int i = 0; i < frames.count(); i++) {
            byte[] frame = frames.frame(i);
            for (long bit = 0; bit < frameBits; bit++) {
                pending |= ((frame[(int) (bit >>> 3)] >> (bit & 7)) & 1) << pendingBits;
                if (++pendingBits == 8) {
                    out.u8(pending);
                    pending = 0;
                    pendingBits = 0;
                }
            }
        }
        if (pendingBits > 0) {
            out.u8(pending);
        }
    }

    @Override
    public List<DicomElement> companions() {
        return List.of();
    }
}
