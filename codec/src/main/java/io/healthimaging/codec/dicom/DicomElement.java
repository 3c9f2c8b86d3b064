package io.healthimaging.codec.dicom;

import java.util.List;
import java.util.Objects;

/**
 * One attribute of a data set: its tag, its VR and its value, which is exactly one of
 * <ul>
 *   <li>bytes, in little-endian byte order whatever the transfer syntax was (text, numbers, opaque data);</li>
 *   <li>items, for a sequence (VR SQ);</li>
 *   <li>fragments, for encapsulated pixel data held in memory (the first fragment is the Basic Offset Table);</li>
 *   <li>bulk data left in the file: the top-level Pixel Data, which frames are read from on demand.</li>
 * </ul>
 */
public final class DicomElement {
    private final int tag;
    private final VR vr;
    private final byte[] bytes;
    private final List<DataSet> items;
    private final List<byte[]> fragments;
    private final long bulkLength;

    private DicomElement(int tag, VR vr, byte[] bytes, List<DataSet> items, List<byte[]> fragments, long bulkLength) {
        this.tag = tag;
        this.vr = Objects.requireNonNull(vr, "vr");
        this.bytes = bytes;
        this.items = items;
        this.fragments = fragments;
        this.bulkLength = bulkLength;
    }

    public static DicomElement ofBytes(int tag, VR vr, byte[] value) {
        if (vr == VR.SQ) {
            throw new IllegalArgumentException("a sequence holds items, not bytes: " + Tag.toString(tag));
        }
        return new DicomElement(tag, vr, Objects.requireNonNull(value, "value"), null, null, 0);
    }

    public static DicomElement ofItems(int tag, List<DataSet> items) {
        return new DicomElement(tag, VR.SQ, null, List.copyOf(items), null, 0);
    }

    /** Encapsulated pixel data: the Basic Offset Table first, then the fragments. */
    public static DicomElement ofFragments(int tag, VR vr, List<byte[]> fragments) {
        if (fragments.isEmpty()) {
            throw new IllegalArgumentException("encapsulated pixel data starts with a Basic Offset Table item");
        }
        return new DicomElement(tag, vr, null, null, List.copyOf(fragments), 0);
    }

    /**
     * Pixel Data whose value stays in the file: {@code length} is the byte length of a native value, or
     * {@code -1} (undefined) for encapsulated fragments.
     */
    public static DicomElement ofBulkData(int tag, VR vr, long length) {
        return new DicomElement(tag, vr, null, null, null, length);
    }

    public int tag() {
        return tag;
    }

    public VR vr() {
        return vr;
    }

    public boolean isSequence() {
        return items != null;
    }

    public boolean isFragments() {
        return fragments != null;
    }

    public boolean isBulkData() {
        return bytes == null && items == null && fragments == null;
    }

    /** The value bytes (little-endian); the live array, not a copy. */
    public byte[] bytes() {
        if (bytes == null) {
            throw new IllegalStateException(Tag.toString(tag) + " holds no inline bytes");
        }
        return bytes;
    }

    public List<DataSet> items() {
        if (items == null) {
            throw new IllegalStateException(Tag.toString(tag) + " is not a sequence");
        }
        return items;
    }

    public List<byte[]> fragments() {
        if (fragments == null) {
            throw new IllegalStateException(Tag.toString(tag) + " is not encapsulated");
        }
        return fragments;
    }

    /** Byte length of bulk data left in the file, {@code -1} when it is encapsulated (undefined length). */
    public long bulkLength() {
        if (!isBulkData()) {
            throw new IllegalStateException(Tag.toString(tag) + " is not bulk data");
        }
        return bulkLength;
    }

    /** No value at all: zero bytes, zero items. */
    public boolean isEmpty() {
        if (bytes != null) {
            return bytes.length == 0;
        }
        if (items != null) {
            return items.isEmpty();
        }
        return fragments == null && bulkLength == 0;
    }

    @Override
    public String toString() {
        String value;
        if (bytes != null) {
            value = bytes.length + " bytes";
        } else if (items != null) {
            value = items.size() + " items";
        } else if (fragments != null) {
            value = fragments.size() + " fragments";
        } else {
            value = "bulk data";
        }
        return Tag.toString(tag) + " " + vr + " " + value;
    }
}
