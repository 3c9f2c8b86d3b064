package io.healthimaging.codec.dicom.io;

import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.DicomElement;
import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.VR;

import java.io.IOException;
import java.util.List;

/**
 * Encodes elements in Explicit VR Little Endian with defined lengths for sequences and items (undefined
 * only for encapsulated fragments, which require it). Values are written as held, padded to even length;
 * group length elements are recomputed from what follows them.
 */
final class ElementEncoder {
    private static final long MAX_DEFINED_LENGTH = 0xFFFFFFFEL;

    private final LittleEndianOutput out;

    ElementEncoder(LittleEndianOutput out) {
        this.out = out;
    }

    /** Bytes the element takes, header included. */
    static long length(DicomElement element) {
        if (element.isSequence()) {
            long length = 12;
            for (DataSet item : element.items()) {
                length += 8 + contentLength(item);
            }
            return length;
        }
        if (element.isFragments()) {
            long length = 12 + 8;
            for (byte[] fragment : element.fragments()) {
                length += 8 + padded(fragment.length);
            }
            return length;
        }
        long value = padded(element.bytes().length);
        return headerLength(encodedVr(element.vr(), value)) + value;
    }

    /** Bytes all elements of a data set (an item's content) take. */
    static long contentLength(DataSet dataSet) {
        long length = 0;
        for (DicomElement element : dataSet.elements()) {
            length += length(element);
        }
        return length;
    }

    static long padded(long length) {
        return length + (length & 1);
    }

    /** A value too long for a 16-bit length field can only be written as UN (PS3.5 6.2.2). */
    static VR encodedVr(VR vr, long paddedLength) {
        return !vr.longLength() && paddedLength > 0xFFFF ? VR.UN : vr;
    }

    static int headerLength(VR vr) {
        return vr.longLength() ? 12 : 8;
    }

    /** Writes the elements of a data set, recomputing group lengths. */
    void writeContent(DataSet dataSet) throws IOException {
        List<DicomElement> elements = dataSet.elements();
        for (int i = 0; i < elements.size(); i++) {
            DicomElement element = elements.get(i);
            if (Tag.isGroupLength(element.tag())) {
                writeGroupLength(element.tag(), groupLength(elements, i));
            } else {
                write(element);
            }
        }
    }

    /** Bytes the elements after {@code index} that share its group take. */
    static long groupLength(List<DicomElement> elements, int index) {
        int group = Tag.group(elements.get(index).tag());
        long length = 0;
        for (int j = index + 1; j < elements.size() && Tag.group(elements.get(j).tag()) == group; j++) {
            length += length(elements.get(j));
        }
        return length;
    }

    void writeGroupLength(int tag, long length) throws IOException {
        out.tag(tag);
        out.u8('U');
        out.u8('L');
        out.u16(4);
        out.u32(length);
    }

    void write(DicomElement element) throws IOException {
        if (element.isSequence()) {
            long length = length(element) - 12;
            checkDefined(element.tag(), length);
            header(element.tag(), VR.SQ, length);
            for (DataSet item : element.items()) {
                long itemLength = contentLength(item);
                checkDefined(Tag.ITEM, itemLength);
                out.tag(Tag.ITEM);
                out.u32(itemLength);
                writeContent(item);
            }
        } else if (element.isFragments()) {
            header(element.tag(), element.vr(), DataSetReader.UNDEFINED_LENGTH);
            for (byte[] fragment : element.fragments()) {
                writeFragment(fragment, 0, fragment.length);
            }
            out.tag(Tag.SEQUENCE_DELIMITATION_ITEM);
            out.u32(0);
        } else if (element.isBulkData()) {
            throw new IllegalArgumentException(Tag.toString(element.tag()) + " is bulk data: give its frames");
        } else {
            byte[] value = element.bytes();
            VR vr = encodedVr(element.vr(), padded(value.length));
            header(element.tag(), vr, padded(value.length));
            out.bytes(value);
            if ((value.length & 1) == 1) {
                out.u8(element.vr().paddingByte());
            }
        }
    }

    void writeFragment(byte[] fragment, int offset, int length) throws IOException {
        out.tag(Tag.ITEM);
        out.u32(padded(length));
        out.bytes(fragment, offset, length);
        if ((length & 1) == 1) {
            out.u8(0);
        }
    }

    void header(int tag, VR vr, long length) throws IOException {
        out.tag(tag);
        out.u8(vr.name().charAt(0));
        out.u8(vr.name().charAt(1));
        if (vr.longLength()) {
            out.u16(0);
            out.u32(length);
        } else {
            out.u16((int) length);
        }
    }

    private static void checkDefined(int tag, long length) {
        if (length > MAX_DEFINED_LENGTH) {
            throw new IllegalArgumentException(Tag.toString(tag) + " is too long to encode: " + length + " bytes");
        }
    }
}
