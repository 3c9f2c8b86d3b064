package io.healthimaging.codec.dicom.pixel;

import io.healthimaging.codec.dicom.BinaryValues;
import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.DicomElement;
import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.VR;

/** Reads the frame offsets of encapsulated Pixel Data: the Basic Offset Table or the Extended Offset Table. */
public final class OffsetTables {
    private OffsetTables() {
    }

    /**
     * The frame offsets to use: the Extended Offset Table (7FE0,0001) when the data set has one, otherwise
     * the Basic Offset Table (the value of the first item, 32-bit little-endian offsets); empty when neither
     * holds any.
     */
    public static long[] frameOffsets(DataSet dataSet, byte[] basicOffsetTable) {
        DicomElement extended = dataSet.get(Tag.EXTENDED_OFFSET_TABLE);
        if (extended != null && !extended.isSequence() && !extended.isFragments() && !extended.isBulkData()
                && extended.bytes().length >= 8) {
            byte[] bytes = extended.bytes();
            long[] offsets = new long[bytes.length / 8];
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = BinaryValues.integer(VR.OV, bytes, i);
            }
            return offsets;
        }
        long[] offsets = new long[basicOffsetTable.length / 4];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = BinaryValues.u32(basicOffsetTable, 4 * i);
        }
        return offsets;
    }
}
