package io.healthimaging.codec.testing;

import io.healthimaging.codec.dicom.BinaryValues;
import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.DicomElement;
import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.VR;

import java.nio.charset.StandardCharsets;

/** Data sets of images made up for a test: the attributes, Pixel Data left to the caller. */
public final class TestDataSets {
    private TestDataSets() {
    }

    /** A MONOCHROME2 unsigned image; Bits Stored is Bits Allocated. */
    public static DataSet monochrome(int rows, int columns, int bitsAllocated, int frames) {
        DataSet dataSet = new DataSet();
        dataSet.put(text(Tag.SOP_CLASS_UID, VR.UI, "1.2.840.10008.5.1.4.1.1.7"));
        dataSet.put(text(Tag.SOP_INSTANCE_UID, VR.UI, "2.25.7"));
        dataSet.put(DicomElement.ofBytes(Tag.SAMPLES_PER_PIXEL, VR.US, BinaryValues.ofU16(1)));
        dataSet.put(text(Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, "MONOCHROME2 "));
        dataSet.put(text(Tag.NUMBER_OF_FRAMES, VR.IS, String.valueOf(frames)));
        dataSet.put(DicomElement.ofBytes(Tag.ROWS, VR.US, BinaryValues.ofU16(rows)));
        dataSet.put(DicomElement.ofBytes(Tag.COLUMNS, VR.US, BinaryValues.ofU16(columns)));
        dataSet.put(DicomElement.ofBytes(Tag.BITS_ALLOCATED, VR.US, BinaryValues.ofU16(bitsAllocated)));
        dataSet.put(DicomElement.ofBytes(Tag.BITS_STORED, VR.US, BinaryValues.ofU16(bitsAllocated)));
        dataSet.put(DicomElement.ofBytes(Tag.HIGH_BIT, VR.US, BinaryValues.ofU16(bitsAllocated - 1)));
        dataSet.put(DicomElement.ofBytes(Tag.PIXEL_REPRESENTATION, VR.US, BinaryValues.ofU16(0)));
        return dataSet;
    }

    private static DicomElement text(int tag, VR vr, String value) {
        return DicomElement.ofBytes(tag, vr, value.getBytes(StandardCharsets.ISO_8859_1));
    }
}
