package io.healthimaging.codec.dicom;

import io.healthimaging.codec.dicom.charset.SpecificCharacterSet;
import io.healthimaging.codec.dicom.dictionary.DicomDictionary;
import io.healthimaging.codec.dicom.dictionary.DictionaryEntry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An ordered collection of elements: a top-level data set, the file meta information, or a sequence item.
 * Items know the data set they are nested in, because they inherit its Specific Character Set unless they
 * declare their own (PS3.5 7.5.3).
 */
public final class DataSet {
    private final DataSet parent;
    private final ArrayList<DicomElement> elements = new ArrayList<>();
    private SpecificCharacterSet characterSet;

    public DataSet() {
        this(null);
    }

    private DataSet(DataSet parent) {
        this.parent = parent;
    }

    /** A new, empty item to nest in a sequence of this data set. */
    public DataSet newItem() {
        return new DataSet(this);
    }

    /** The data set this item is nested in, or {@code null} at top level. */
    public DataSet parent() {
        return parent;
    }

    /** Adds an element, replacing one with the same tag. Elements stay in tag order. */
    public void put(DicomElement element) {
        int tag = element.tag();
        int size = elements.size();
        if (size == 0 || Tag.compare(elements.get(size - 1).tag(), tag) < 0) {
            elements.add(element);
        } else {
            int index = indexOf(tag);
            if (index >= 0) {
                elements.set(index, element);
            } else {
                elements.add(-index - 1, element);
            }
        }
        if (tag == Tag.SPECIFIC_CHARACTER_SET) {
            characterSet = null;
        }
    }

    public DicomElement get(int tag) {
        int index = indexOf(tag);
        return index >= 0 ? elements.get(index) : null;
    }

    public boolean contains(int tag) {
        return indexOf(tag) >= 0;
    }

    public DicomElement remove(int tag) {
        int index = indexOf(tag);
        if (index < 0) {
            return null;
        }
        if (tag == Tag.SPECIFIC_CHARACTER_SET) {
            characterSet = null;
        }
        return elements.remove(index);
    }

    /** The elements in tag order; a read-only view. */
    public List<DicomElement> elements() {
        return Collections.unmodifiableList(elements);
    }

    public int size() {
        return elements.size();
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    private int indexOf(int tag) {
        return Tag.search(elements.size(), i -> elements.get(i).tag(), tag);
    }

    /** The character set in effect here: this data set's own declaration, else the enclosing one's. */
    public SpecificCharacterSet specificCharacterSet() {
        SpecificCharacterSet resolved = characterSet;
        if (resolved == null) {
            DicomElement declaration = get(Tag.SPECIFIC_CHARACTER_SET);
            if (declaration != null && !declaration.isSequence() && !declaration.isBulkData()) {
                resolved = SpecificCharacterSet.of(splitValues(
                        new String(declaration.bytes(), StandardCharsets.ISO_8859_1), true));
            } else {
                resolved = parent != null ? parent.specificCharacterSet() : SpecificCharacterSet.DEFAULT;
            }
            characterSet = resolved;
        }
        return resolved;
    }

    /**
     * The values of a text element as stored, decoded with the character set in effect and split at
     * backslashes (except for LT, ST, UT and UR, which hold one value), trailing padding kept. Empty when the
     * element is absent or has no value.
     */
    public List<String> rawStrings(int tag) {
        DicomElement element = get(tag);
        VR vr = element == null ? null : valueVr(element);
        if (vr == null || !vr.isText() || element.isBulkData() || element.isSequence()) {
            return List.of();
        }
        byte[] bytes = element.bytes();
        if (bytes.length == 0) {
            return List.of();
        }
        String text = vr.usesSpecificCharacterSet()
                ? specificCharacterSet().decode(bytes, vr)
                : new String(bytes, StandardCharsets.ISO_8859_1);
        return splitValues(text, vr.kind() == VR.Kind.STRINGS);
    }

    /**
     * The VR the value bytes are in: the element's own, except that a public attribute stored as UN (written
     * by a tool that did not know it) holds its value as its dictionary VR does in Implicit VR Little Endian
     * (PS3.5 6.2.2).
     */
    public static VR valueVr(DicomElement element) {
        if (element.vr() != VR.UN || Tag.isPrivate(element.tag()) || element.isSequence()) {
            return element.vr();
        }
        return DicomDictionary.get().lookup(element.tag())
                .filter(entry -> entry.vr() != VR.SQ)
                .map(DictionaryEntry::vr)
                .orElse(VR.UN);
    }

    /** Like {@link #rawStrings} with the padding (trailing spaces and NULs) removed from every value. */
    public List<String> strings(int tag) {
        List<String> raw = rawStrings(tag);
        List<String> trimmed = new ArrayList<>(raw.size());
        for (String value : raw) {
            trimmed.add(trimTrailing(value));
        }
        return trimmed;
    }

    /** The first value of a text element without padding, if there is one. */
    public Optional<String> string(int tag) {
        List<String> values = strings(tag);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The first value of an integer element: binary (US, SS, UL, SL, ...) or an Integer String. Empty when
     * absent, empty, or not an integer.
     */
    public OptionalInt integer(int tag) {
        DicomElement element = get(tag);
        if (element == null || element.isSequence() || element.isBulkData() || element.isFragments()) {
            return OptionalInt.empty();
        }
        VR vr = valueVr(element);
        if (vr.kind() == VR.Kind.NUMBERS && vr != VR.FL && vr != VR.FD) {
            if (element.bytes().length < BinaryValues.width(vr)) {
                return OptionalInt.empty();
            }
            long value = BinaryValues.integer(vr, element.bytes(), 0);
            return value == (int) value ? OptionalInt.of((int) value) : OptionalInt.empty();
        }
        if (vr == VR.IS || vr == VR.DS) {
            Optional<String> text = string(tag);
            try {
                return text.isPresent() ? OptionalInt.of(Integer.parseInt(text.get().trim())) : OptionalInt.empty();
            } catch (NumberFormatException notAnInteger) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    /** The private creator that reserved the block of a private element: (gggg,00xx) for (gggg,xxyy). */
    public Optional<String> privateCreator(int tag) {
        if (!Tag.isPrivate(tag) || Tag.element(tag) < 0x1000) {
            return Optional.empty();
        }
        return string(Tag.privateCreatorOf(tag));
    }

    /**
     * The tag a private element of {@code creator} has in this data set: its block is wherever the creator
     * reserved one in {@code group}, and {@code offset} (0x00-0xFF) is its place in the block.
     */
    public OptionalInt privateTag(String creator, int group, int offset) {
        for (int element = 0x10; element <= 0xFF; element++) {
            int creatorTag = Tag.of(group, element);
            if (contains(creatorTag) && string(creatorTag).filter(creator::equals).isPresent()) {
                return OptionalInt.of(Tag.of(group, (element << 8) | (offset & 0xFF)));
            }
        }
        return OptionalInt.empty();
    }

    static List<String> splitValues(String text, boolean multiValued) {
        if (!multiValued) {
            return List.of(text);
        }
        List<String> values = new ArrayList<>();
        int start = 0;
        int at;
        while ((at = text.indexOf('\\', start)) >= 0) {
            values.add(text.substring(start, at));
            start = at + 1;
        }
        values.add(text.substring(start));
        return values;
    }

    private static String trimTrailing(String value) {
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\0')) {
            end--;
        }
        return value.substring(0, end);
    }

    @Override
    public String toString() {
        return "DataSet" + elements;
    }
}
