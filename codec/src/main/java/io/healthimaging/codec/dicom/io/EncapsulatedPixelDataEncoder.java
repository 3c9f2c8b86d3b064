package io.healthimaging.codec.dicom.io;

import io.healthimaging.codec.dicom.BinaryValues;
import io.healthimaging.codec.dicom.DicomElement;
import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.VR;

import java.io.IOException;
import java.util.List;

/**
 * Encapsulated Pixel Data with one fragment per frame and the Basic Offset Table filled. When the offsets
 * no longer fit in 32 bits the Basic Offset Table stays empty and an Extended Offset Table says where
 * frames start (PS3.5 A.4).
 */
final class EncapsulatedPixelDataEncoder implements PixelDataEncoder {
    private final Frames frames;
    private final long[] offsets;
    private final long[] lengths;
    private final boolean extended;

    EncapsulatedPixelDataEncoder(Frames frames) throws IOException {
        this.frames = frames;
        int count = frames.count();
        this.offsets = new long[count];
        this.lengths = new long[count];
        long at = 0;
        for (int i = 0; i < count; i++) {
            offsets[i] = at;
            lengths[i] = frames.length(i);
            if (lengths[i] > 0xFFFFFFFEL) {
                throw new IllegalArgumentException("frame " + i + " is too long for one fragment");
            }
            at += 8 + ElementEncoder.padded(lengths[i]);
        }
        this.extended = count > 0 && offsets[count - 1] > 0xFFFFFFFFL;
    }

    private int basicOffsetTableLength() {
        return extended ? 0 : 4 * offsets.length;
    }

    @Override
    public long length() {
        long length = 12 + 8 + basicOffsetTableLength() + 8;
        for (long frame : lengths) {
            length += 8 + ElementEncoder.padded(frame);
        }
        return length;
    }

    @Override
    public void write(ElementEncoder encoder, LittleEndianOutput out) throws IOException {
        encoder.header(Tag.PIXEL_DATA, VR.OB, DataSetReader.UNDEFINED_LENGTH);
        out.tag(Tag.ITEM);
        out.u32(basicOffsetTableLength());
        if (!extended) {
            for (long offset : offsets) {
                out.u32(offset);
            }
        }
        for (int i = 0; i < frames.count(); i++) {
            byte[] frame = frames.frame(i);
            encoder.writeFragment(frame, 0, frame.length);
        }
        out.tag(Tag.SEQUENCE_DELIMITATION_ITEM);
        out.u32(0);
    }

    @Override
    public List<DicomElement> companions() {
        if (!extended) {
            return List.of();
        }
        return List.of(DicomElement.ofBytes(Tag.EXTENDED_OFFSET_TABLE, VR.OV, BinaryValues.ofU64(offsets)),
                DicomElement.ofBytes(Tag.EXTENDED_OFFSET_TABLE_LENGTHS, VR.OV, BinaryValues.ofU64(lengths)));
    }
}
