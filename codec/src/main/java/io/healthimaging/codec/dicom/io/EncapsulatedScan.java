package io.healthimaging.codec.dicom.io;

import io.healthimaging.codec.dicom.InvalidElementException;
import io.healthimaging.codec.dicom.LimitExceededException;
import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.TruncatedDicomException;
import io.healthimaging.codec.dicom.pixel.FragmentTable;

import java.io.IOException;

/**
 * Walks the items of encapsulated Pixel Data without reading the fragments: the Basic Offset Table is
 * read (it is small), every fragment only located. Leaves the input after the sequence delimiter.
 */
final class EncapsulatedScan {
    private final byte[] basicOffsetTable;
    private final FragmentTable fragments;

    private EncapsulatedScan(byte[] basicOffsetTable, FragmentTable fragments) {
        this.basicOffsetTable = basicOffsetTable;
        this.fragments = fragments;
    }

    static EncapsulatedScan scan(DicomInput in, ReadLimits limits) throws IOException {
        byte[] table = readBasicOffsetTable(in, limits);
        FragmentTable fragments = new FragmentTable();
        while (true) {
            long itemPosition = in.position();
            int tag = in.readTag(false);
            long length = in.readU32(false);
            if (tag == Tag.SEQUENCE_DELIMITATION_ITEM) {
                return new EncapsulatedScan(table, fragments);
            }
            checkFragment(in, tag, length, itemPosition);
            if (fragments.count() >= limits.maxFragments()) {
                throw new LimitExceededException("DICOM attribute PixelData has more than " + limits.maxFragments()
                        + " fragments");
            }
            fragments.add(in.position(), length);
            in.skip(length);
        }
    }

    /** Reads the first item, the Basic Offset Table, leaving the input at the first fragment's item. */
    static byte[] readBasicOffsetTable(DicomInput in, ReadLimits limits) throws IOException {
        long itemPosition = in.position();
        int tag = in.readTag(false);
        long length = in.readU32(false);
        checkFragment(in, tag, length, itemPosition);
        if (length > limits.maxValueLength()) {
            throw new LimitExceededException("DICOM Basic Offset Table of " + length + " bytes exceeds the limit of "
                    + limits.maxValueLength() + " bytes");
        }
        return in.readBytes((int) length);
    }

    /** Rejects anything but an item of defined length that fits in what remains. */
    static void checkFragment(DicomInput in, int tag, long length, long itemPosition) throws IOException {
        if (tag != Tag.ITEM || length == DataSetReader.UNDEFINED_LENGTH) {
            throw new InvalidElementException("DICOM attribute PixelData holds " + Tag.toString(tag)
                    + (length == DataSetReader.UNDEFINED_LENGTH ? " of undefined length" : "") + " at byte "
                    + itemPosition + " where a fragment belongs");
        }
        long remaining = in.remaining();
        if (remaining >= 0 && length > remaining) {
            throw new TruncatedDicomException("DICOM attribute PixelData has a fragment of " + length
                    + " bytes at byte " + itemPosition + " but the file ends after " + remaining);
        }
    }

    byte[] basicOffsetTable() {
        return basicOffsetTable;
    }

    FragmentTable fragments() {
        return fragments;
    }
}
