package io.healthimaging.codec.dicom.pixel;

import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.InvalidPixelDataException;
import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.dictionary.DicomDictionary;
import io.healthimaging.codec.image.PixelDescription;

import java.util.OptionalInt;

/** Builds the {@link PixelDescription} of a data set from its Image Pixel module, checking it is usable. */
public final class PixelDescriptions {
    private PixelDescriptions() {
    }

    /**
     * The pixel description of {@code dataSet}. Bits Stored defaults to Bits Allocated, High Bit to Bits
     * Stored - 1, Planar Configuration to 0, Number of Frames to 1, Photometric Interpretation to
     * MONOCHROME2 (one sample) or RGB.
     *
     * @throws InvalidPixelDataException when a required attribute is missing or out of range
     */
    public static PixelDescription of(DataSet dataSet) throws InvalidPixelDataException {
        int rows = required(dataSet, Tag.ROWS, 1, 0xFFFF);
        int columns = required(dataSet, Tag.COLUMNS, 1, 0xFFFF);
        int samples = optional(dataSet, Tag.SAMPLES_PER_PIXEL, 1, 1, 4);
        int bitsAllocated = required(dataSet, Tag.BITS_ALLOCATED, 1, 64);
        if (bitsAllocated != 1 && bitsAllocated % 8 != 0) {
            throw invalid(Tag.BITS_ALLOCATED, bitsAllocated);
        }
        int bitsStored = optional(dataSet, Tag.BITS_STORED, bitsAllocated, 1, bitsAllocated);
        int highBit = optional(dataSet, Tag.HIGH_BIT, bitsStored - 1, 0, bitsAllocated - 1);
        int representation = optional(dataSet, Tag.PIXEL_REPRESENTATION, 0, 0, 1);
        int planar = optional(dataSet, Tag.PLANAR_CONFIGURATION, 0, 0, 1);
        int frames = optional(dataSet, Tag.NUMBER_OF_FRAMES, 1, 1, Integer.MAX_VALUE);
        String photometric = dataSet.string(Tag.PHOTOMETRIC_INTERPRETATION)
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .orElse(samples == 1 ? "MONOCHROME2" : "RGB");
        return new PixelDescription(rows, columns, samples, bitsAllocated, bitsStored, highBit, representation == 1,
                photometric, planar, frames);
    }

    private static int required(DataSet dataSet, int tag, int min, int max) throws InvalidPixelDataException {
        OptionalInt value = dataSet.integer(tag);
        if (value.isEmpty()) {
            throw new InvalidPixelDataException("DICOM attribute " + keyword(tag) + " does not exist");
        }
        return checked(tag, value.getAsInt(), min, max);
    }

    private static int optional(DataSet dataSet, int tag, int fallback, int min, int max)
            throws InvalidPixelDataException {
        OptionalInt value = dataSet.integer(tag);
        return value.isPresent() ? checked(tag, value.getAsInt(), min, max) : fallback;
    }

    private static int checked(int tag, int value, int min, int max) throws InvalidPixelDataException {
        if (value < min || value > max) {
            throw invalid(tag, value);
        }
        return value;
    }

    private static InvalidPixelDataException invalid(int tag, int value) {
        return new InvalidPixelDataException("DICOM attribute " + keyword(tag) + " has invalid value " + value);
    }

    private static String keyword(int tag) {
        return DicomDictionary.get().keyword(tag);
    }
}
