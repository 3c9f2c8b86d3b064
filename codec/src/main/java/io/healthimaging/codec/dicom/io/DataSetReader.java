package io.healthimaging.codec.dicom.io;

import io.healthimaging.codec.dicom.BinaryValues;
import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.DicomElement;
import io.healthimaging.codec.dicom.InvalidElementException;
import io.healthimaging.codec.dicom.LimitExceededException;
import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.TruncatedDicomException;
import io.healthimaging.codec.dicom.VR;
import io.healthimaging.codec.dicom.dictionary.DicomDictionary;
import io.healthimaging.codec.dicom.dictionary.DictionaryEntry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Decodes data set elements from a {@link DicomInput}: explicit or implicit VR, either byte order, defined
 * and undefined lengths, sequences at any depth, encapsulated fragments. Binary values come out in
 * little-endian byte order.
 *
 * <p>Real files bend the rules, and the reader follows what DICOM toolkits do about it:
 * <ul>
 *   <li>an element whose VR bytes are not letters in an explicit VR data set is read as implicit VR, and
 *       the rest of that data set (item) too: writers put implicit VR items into explicit VR files;</li>
 *   <li>UN with an undefined length is a sequence encoded in Implicit VR Little Endian (CP-246);</li>
 *   <li>a VR code that is letters but unknown is read as UN with a 32-bit length, the layout every VR
 *       added since 2007 has.</li>
 * </ul>
 * The top-level Pixel Data value is not read: the reader stops at its header so that frames can be read
 * from the file (or the stream) one at a time.
 */
final class DataSetReader {
    static final long UNDEFINED_LENGTH = 0xFFFFFFFFL;

    /** How the elements of one data set are encoded. */
    record Encoding(boolean explicitVr, boolean bigEndian) {
        static final Encoding IMPLICIT_LITTLE_ENDIAN = new Encoding(false, false);
        static final Encoding EXPLICIT_LITTLE_ENDIAN = new Encoding(true, false);
    }

    /** Why reading a run of elements stopped. */
    enum Stop { LENGTH, ITEM_DELIMITER, SEQUENCE_DELIMITER, END_OF_INPUT, PIXEL_DATA }

    private final DicomInput in;
    private final ReadLimits limits;
    private final DicomDictionary dictionary = DicomDictionary.get();
    private int elements;
    private long loadedBytes;
    private PixelDataHeader pixelData;

    DataSetReader(DicomInput in, ReadLimits limits) {
        this.in = in;
        this.limits = limits;
    }

    DicomInput input() {
        return in;
    }

    /**
     * Reads top-level elements into {@code target} until the end of the input or the header of the
     * top-level Pixel Data; returns that header, or {@code null} at the end of the input.
     */
    PixelDataHeader readUntilPixelData(DataSet target, Encoding encoding) throws IOException {
        pixelData = null;
        Stop stop = readElements(target, -1, encoding, 0);
        return stop == Stop.PIXEL_DATA ? pixelData : null;
    }

    /** Reads one element of the file meta information (group 0002, explicit VR little endian). */
    void readMetaElement(DataSet target) throws IOException {
        readElement(target, -1, Encoding.EXPLICIT_LITTLE_ENDIAN, 0, new boolean[] {true});
    }

    private Stop readElements(DataSet target, long end, Encoding encoding, int depth) throws IOException {
        boolean[] explicitVr = {encoding.explicitVr()};
        while (true) {
            if (end >= 0) {
                long position = in.position();
                if (position == end) {
                    return Stop.LENGTH;
                }
                if (position > end) {
                    throw new InvalidElementException("DICOM item ending at byte " + end
                            + " is overrun by an element ending at byte " + position);
                }
            } else if (depth == 0 && in.atEnd()) {
                return Stop.END_OF_INPUT;
            }
            Stop stop = readElement(target, end, encoding, depth, explicitVr);
            if (stop != null) {
                return stop;
            }
        }
    }

    /** Reads one element into {@code target}; returns non-null when a delimiter or Pixel Data ends the run. */
    private Stop readElement(DataSet target, long end, Encoding encoding, int depth, boolean[] explicitVr)
            throws IOException {
        boolean bigEndian = encoding.bigEndian();
        long headerPosition = in.position();
        int tag = in.readTag(bigEndian);
        if (Tag.isItemOrDelimiter(tag)) {
            in.readU32(bigEndian);
            if (tag == Tag.ITEM_DELIMITATION_ITEM && depth > 0) {
                return Stop.ITEM_DELIMITER;
            }
            if (tag == Tag.SEQUENCE_DELIMITATION_ITEM && depth > 0) {
                return Stop.SEQUENCE_DELIMITER;
            }
            if (tag == Tag.ITEM) {
                throw new InvalidElementException("DICOM item found outside a sequence at byte " + headerPosition);
            }
            // A stray delimiter at top level carries nothing; toolkits skip it.
            return null;
        }
        VR vr;
        long length;
        if (explicitVr[0] && isLetter(in.peek(0)) && isLetter(in.peek(1))) {
            VR declared = VR.forCode(in.readU8(), in.readU8());
            vr = declared != null ? declared : VR.UN;
            if (vr.longLength()) {
                in.readU16(bigEndian);
                length = in.readU32(bigEndian);
            } else {
                length = in.readU16(bigEndian);
            }
        } else {
            explicitVr[0] = false;
            length = in.readU32(bigEndian);
            vr = implicitVr(tag, target, length);
        }
        countElement();
        if (tag == Tag.PIXEL_DATA && depth == 0) {
            pixelData = new PixelDataHeader(tag, vr, length == UNDEFINED_LENGTH ? -1 : length, in.position());
            if (length != UNDEFINED_LENGTH) {
                checkLength(tag, length, end);
            }
            return Stop.PIXEL_DATA;
        }
        if (length == UNDEFINED_LENGTH) {
            target.put(readUndefinedLength(target, tag, vr, encoding, explicitVr[0], depth));
            return null;
        }
        checkLength(tag, length, end);
        if (vr == VR.SQ) {
            Encoding itemEncoding = new Encoding(explicitVr[0], bigEndian);
            target.put(DicomElement.ofItems(tag, readItems(target, tag, in.position() + length, itemEncoding, depth)));
        } else {
            byte[] value = readValue(tag, length);
            if (bigEndian) {
                BinaryValues.swap(value, 0, value.length, vr.swapUnit());
            }
            target.put(DicomElement.ofBytes(tag, vr, value));
        }
        return null;
    }

    private DicomElement readUndefinedLength(DataSet target, int tag, VR vr, Encoding encoding, boolean explicitVr,
            int depth) throws IOException {
        if (vr == VR.SQ) {
            return DicomElement.ofItems(tag,
                    readItems(target, tag, -1, new Encoding(explicitVr, encoding.bigEndian()), depth));
        }
        if (vr == VR.UN || !explicitVr) {
            return DicomElement.ofItems(tag, readItems(target, tag, -1, Encoding.IMPLICIT_LITTLE_ENDIAN, depth));
        }
        return DicomElement.ofFragments(tag, vr, readFragments(tag, encoding.bigEndian()));
    }

    private List<DataSet> readItems(DataSet owner, int tag, long end, Encoding encoding, int depth)
            throws IOException {
        if (depth + 1 > limits.maxDepth()) {
            throw new LimitExceededException("DICOM sequence nesting exceeds " + limits.maxDepth()
                    + " levels at element " + Tag.toString(tag));
        }
        List<DataSet> items = new ArrayList<>();
        while (end < 0 || in.position() < end) {
            long itemPosition = in.position();
            int itemTag = in.readTag(encoding.bigEndian());
            long itemLength = in.readU32(encoding.bigEndian());
            if (itemTag == Tag.SEQUENCE_DELIMITATION_ITEM) {
                break;
            }
            if (itemTag != Tag.ITEM) {
                throw new InvalidElementException("DICOM sequence " + Tag.toString(tag) + " holds "
                        + Tag.toString(itemTag) + " at byte " + itemPosition + " where an item belongs");
            }
            countElement();
            DataSet item = owner.newItem();
            items.add(item);
            if (itemLength == UNDEFINED_LENGTH) {
                if (readElements(item, -1, encoding, depth + 1) == Stop.SEQUENCE_DELIMITER) {
                    break;
                }
            } else {
                checkLength(Tag.ITEM, itemLength, end);
                readElements(item, in.position() + itemLength, encoding, depth + 1);
            }
        }
        if (end >= 0 && in.position() > end) {
            throw new InvalidElementException("DICOM sequence " + Tag.toString(tag) + " overruns its length, ending at byte "
                    + end);
        }
        return items;
    }

    private List<byte[]> readFragments(int tag, boolean bigEndian) throws IOException {
        List<byte[]> fragments = new ArrayList<>();
        while (true) {
            long itemPosition = in.position();
            int itemTag = in.readTag(bigEndian);
            long itemLength = in.readU32(bigEndian);
            if (itemTag == Tag.SEQUENCE_DELIMITATION_ITEM) {
                break;
            }
            if (itemTag != Tag.ITEM || itemLength == UNDEFINED_LENGTH) {
                throw new InvalidElementException("DICOM encapsulated element " + Tag.toString(tag) + " holds "
                        + Tag.toString(itemTag) + (itemLength == UNDEFINED_LENGTH ? " of undefined length" : "")
                        + " at byte " + itemPosition + " where a fragment belongs");
            }
            countElement();
            if (fragments.size() >= limits.maxFragments()) {
                throw new LimitExceededException("DICOM element " + Tag.toString(tag) + " has more than "
                        + limits.maxFragments() + " fragments");
            }
            checkLength(tag, itemLength, -1);
            fragments.add(readValue(tag, itemLength));
        }
        if (fragments.isEmpty()) {
            fragments.add(new byte[0]);
        }
        return fragments;
    }

    /** Rejects a length that runs past the enclosing item or the end of the input. */
    private void checkLength(int tag, long length, long end) throws IOException {
        long position = in.position();
        if (end >= 0 && position + length > end) {
            throw new InvalidElementException("DICOM element " + Tag.toString(tag) + " of " + length
                    + " bytes at byte " + position + " runs past the end of its item at byte " + end);
        }
        long remaining = in.remaining();
        if (remaining >= 0 && length > remaining) {
            throw new TruncatedDicomException("DICOM element " + Tag.toString(tag) + " needs " + length
                    + " bytes at byte " + position + " but the file ends after " + remaining);
        }
    }

    private byte[] readValue(int tag, long length) throws IOException {
        if (length > limits.maxValueLength()) {
            throw new LimitExceededException("DICOM element " + Tag.toString(tag) + " of " + length
                    + " bytes exceeds the limit of " + limits.maxValueLength() + " bytes");
        }
        loadedBytes += length;
        if (loadedBytes > limits.maxLoadedBytes()) {
            throw new LimitExceededException("DICOM data set exceeds " + limits.maxLoadedBytes() + " bytes of values");
        }
        return in.readBytes((int) length);
    }

    private void countElement() throws LimitExceededException {
        if (++elements > limits.maxElements()) {
            throw new LimitExceededException("DICOM data set exceeds " + limits.maxElements() + " elements");
        }
    }

    /** The VR of an element in an implicit VR data set: from the dictionary, or by what the tag is. */
    private VR implicitVr(int tag, DataSet target, long length) {
        if (Tag.isGroupLength(tag)) {
            return VR.UL;
        }
        if (Tag.isPrivateCreator(tag)) {
            return VR.LO;
        }
        Optional<DictionaryEntry> entry = dictionary.lookup(tag);
        if (entry.isEmpty()) {
            return length == UNDEFINED_LENGTH ? VR.SQ : VR.UN;
        }
        DictionaryEntry known = entry.get();
        if (known.vrs().startsWith("US or SS")) {
            return signedPixels(target) ? VR.SS : VR.US;
        }
        return known.vr();
    }

    private static boolean signedPixels(DataSet dataSet) {
        for (DataSet level = dataSet; level != null; level = level.parent()) {
            OptionalInt representation = level.integer(Tag.PIXEL_REPRESENTATION);
            if (representation.isPresent()) {
                return representation.getAsInt() == 1;
            }
        }
        return false;
    }

    private static boolean isLetter(int b) {
        return b >= 'A' && b <= 'Z';
    }
}
