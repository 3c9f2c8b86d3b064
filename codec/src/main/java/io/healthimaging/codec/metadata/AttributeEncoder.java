package io.healthimaging.codec.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.healthimaging.codec.dicom.BinaryValues;
import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.DicomElement;
import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.VR;
import io.healthimaging.codec.dicom.dictionary.DicomDictionary;
import io.healthimaging.codec.dicom.dictionary.DictionaryEntry;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Turns attributes into the JSON the metadata document holds (BEHAVIOUR.md §9.2, and a real document
 * published with an AWS customer's tests):
 * <ul>
 *   <li>the key is the PS3.6 keyword, or eight hex digits for private and unknown attributes, whose VR
 *       then goes into {@code DICOMVRs};</li>
 *   <li>binary numbers (US, SS, UL, SL, FL, FD, UV, SV) are JSON numbers, tags (AT) hex strings, other
 *       binary values (OB, OW, UN, ...) base64 strings, text a string;</li>
 *   <li>attributes whose dictionary VM allows several values are arrays even with one value
 *       ({@code "ImageType": ["ORIGINAL"]}); single-valued attributes are scalars;</li>
 *   <li>padding is removed from text; DS and IS stay strings and lose their insignificant leading and
 *       trailing spaces too ({@code "RescaleSlope": "1"}, as EX-19 documents, although a document published
 *       with an AWS customer's tests keeps the pad, {@code "KVP": "120 "}: the documented example is this
 *       project's reference);</li>
 *   <li>an attribute without a value, and any Pixel Data, is {@code null}; a sequence is an array of
 *       item objects.</li>
 * </ul>
 */
final class AttributeEncoder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AttributeEncoder() {
    }

    /** The key of an attribute: its keyword, or its tag as eight hex digits when it has none. */
    static String key(int tag) {
        if (Tag.isPrivate(tag) || Tag.isGroupLength(tag) && Tag.group(tag) != 0x0002) {
            return Tag.toHex(tag);
        }
        String keyword = DicomDictionary.get().keyword(tag);
        return keyword != null ? keyword : Tag.toHex(tag);
    }

    /** Whether the key of this attribute is a tag rather than a keyword: its VR must be recorded. */
    static boolean keyedByTag(int tag) {
        return key(tag).equals(Tag.toHex(tag));
    }

    /** All attributes of an item, in tag order. */
    static ObjectNode item(DataSet item) {
        ObjectNode object = NODES.objectNode();
        for (DicomElement element : item.elements()) {
            object.set(key(element.tag()), value(item, element));
        }
        return object;
    }

    static JsonNode value(DataSet dataSet, DicomElement element) {
        if (element.tag() == Tag.PIXEL_DATA || element.isBulkData() || element.isFragments() || element.isEmpty()) {
            return NODES.nullNode();
        }
        if (element.isSequence()) {
            ArrayNode items = NODES.arrayNode();
            for (DataSet item : element.items()) {
                items.add(item(item));
            }
            return items;
        }
        VR vr = DataSet.valueVr(element);
        List<JsonNode> values = values(dataSet, element, vr);
        if (values.isEmpty()) {
            return NODES.nullNode();
        }
        if (values.size() == 1 && !multiValued(element.tag(), vr)) {
            return values.get(0);
        }
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static boolean multiValued(int tag, VR vr) {
        if (vr.kind() == VR.Kind.TEXT || vr.kind() == VR.Kind.BYTES) {
            return false;
        }
        Optional<DictionaryEntry> entry = Tag.isPrivate(tag) ? Optional.empty() : DicomDictionary.get().lookup(tag);
        return entry.map(DictionaryEntry::multiValued).orElse(false);
    }

    private static List<JsonNode> values(DataSet dataSet, DicomElement element, VR vr) {
        List<JsonNode> values = new ArrayList<>();
        byte[] bytes = element.bytes();
        switch (vr.kind()) {
            case STRINGS:
            case TEXT: {
                boolean numeric = vr == VR.DS || vr == VR.IS;
                for (String text : dataSet.strings(element.tag())) {
                    values.add(NODES.textNode(numeric ? text.strip() : text));
                }
                break;
            }
            case NUMBERS:
                for (int i = 0; i < BinaryValues.count(vr, bytes.length); i++) {
                    values.add(number(vr, bytes, i));
                }
                break;
            case TAGS:
                for (int i = 0; i < BinaryValues.count(vr, bytes.length); i++) {
                    values.add(NODES.textNode(Tag.toHex((int) BinaryValues.integer(vr, bytes, i))));
                }
                break;
            default:
                values.add(NODES.textNode(Base64.getEncoder().encodeToString(bytes)));
        }
        return values;
    }

    private static JsonNode number(VR vr, byte[] bytes, int index) {
        switch (vr) {
            case FL: {
                float value = (float) BinaryValues.floating(vr, bytes, index);
                return Float.isFinite(value) ? NODES.numberNode(value) : NODES.textNode(Float.toString(value));
            }
            case FD: {
                double value = BinaryValues.floating(vr, bytes, index);
                return Double.isFinite(value) ? NODES.numberNode(value) : NODES.textNode(Double.toString(value));
            }
            case UV: {
                long value = BinaryValues.integer(vr, bytes, index);
                return value >= 0 ? integral(value) : NODES.numberNode(new BigInteger(Long.toUnsignedString(value)));
            }
            default:
                return integral(BinaryValues.integer(vr, bytes, index));
        }
    }

    /** The narrowest JSON integer node, so that documents compare equal to parsed ones. */
    static JsonNode integral(long value) {
        return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
    }
}
