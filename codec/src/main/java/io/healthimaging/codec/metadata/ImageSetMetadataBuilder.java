package io.healthimaging.codec.metadata;

import io.healthimaging.codec.checksum.ResolutionChecksum;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.DicomElement;
import io.healthimaging.codec.dicom.Tag;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the image set metadata document GetImageSetMetadata returns (BEHAVIOUR.md §9), one instance at a
 * time:
 * <pre>
 * { "SchemaVersion": "1.1", "DatastoreID", "ImageSetID",
 *   "Patient": {"DICOM": {...}},
 *   "Study": {"DICOM": {...}, "Series": {"&lt;SeriesInstanceUID&gt;": {"DICOM": {...},
 *       "Instances": {"&lt;SOPInstanceUID&gt;": {"DICOM": {...}, "DICOMVRs": {...},
 *           "StoredTransferSyntaxUID", "ChecksumType", "ImageFrames": [...]}}}}}}
 * </pre>
 * Normalized attributes go to their patient, study or series level (the first instance that has one
 * gives its value); all others, the file meta information included, stay with their instance.
 * Patient, study and series attributes are listed by keyword, instance attributes in tag order, as the
 * service lists them.
 */
public final class ImageSetMetadataBuilder {
    public static final String SCHEMA_VERSION = "1.1";
    /** What frames are stored as unless the data store keeps JPEG 2000 Lossless (BEHAVIOUR.md §7.2). */
    public static final String HTJ2K_LOSSLESS_RPCL = "1.2.840.10008.1.2.4.202";
    /** The checksums are of the decoded pixels, whatever the stored encoding. */
    static final String CHECKSUM_TYPE = "DECOMPRESSED";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String datastoreId;
    private final String imageSetId;
    private final Map<MetadataLevel, Map<String, JsonNode>> normalized = new EnumMap<>(MetadataLevel.class);
    private final Map<String, ObjectNode> series = new LinkedHashMap<>();

    public ImageSetMetadataBuilder(String datastoreId, String imageSetId) {
        this.datastoreId = datastoreId;
        this.imageSetId = imageSetId;
        for (MetadataLevel level : List.of(MetadataLevel.PATIENT, MetadataLevel.STUDY, MetadataLevel.SERIES)) {
            normalized.put(level, new TreeMap<>());
        }
    }

    /**
     * Whether an instance belongs to this image set: every normalized attribute it has equals the value
     * already recorded, if any (an import starts a new image set where they differ, BEHAVIOUR.md §6).
     */
    public boolean accepts(DataSet dataSet) {
        for (DicomElement element : dataSet.elements()) {
            MetadataLevel level = NormalizedElements.levelOf(element.tag());
            if (level != MetadataLevel.INSTANCE) {
                JsonNode existing = normalized.get(level).get(AttributeEncoder.key(element.tag()));
                if (existing != null && !existing.equals(AttributeEncoder.value(dataSet, element))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Adds an instance.
     *
     * @param fileMetaInformation its group 0002, listed with the instance's attributes
     * @param storedTransferSyntaxUid the syntax its frames are stored in
     * @param frames its image frames, in frame order (empty without Pixel Data)
     */
    public ImageSetMetadataBuilder addInstance(DataSet fileMetaInformation, DataSet dataSet,
            String storedTransferSyntaxUid, List<ImageFrameEntry> frames) {
        ObjectNode dicom = NODES.objectNode();
        ObjectNode vrs = NODES.objectNode();
        for (DataSet source : List.of(fileMetaInformation, dataSet)) {
            for (DicomElement element : source.elements()) {
                MetadataLevel level = NormalizedElements.levelOf(element.tag());
                String key = AttributeEncoder.key(element.tag());
                JsonNode value = AttributeEncoder.value(source, element);
                if (level != MetadataLevel.INSTANCE) {
                    normalized.get(level).putIfAbsent(key, value);
                    continue;
                }
                dicom.set(key, value);
                if (AttributeEncoder.keyedByTag(element.tag())) {
                    vrs.put(key, element.vr().name());
                }
            }
        }
        ObjectNode instance = NODES.objectNode();
        instance.set("DICOM", dicom);
        instance.set("DICOMVRs", vrs);
        instance.put("StoredTransferSyntaxUID", storedTransferSyntaxUid);
        instance.put("ChecksumType", CHECKSUM_TYPE);
        instance.set("ImageFrames", imageFrames(frames));
        String seriesUid = dataSet.string(Tag.SERIES_INSTANCE_UID).orElse("");
        String sopUid = dataSet.string(Tag.SOP_INSTANCE_UID).orElse("");
        ObjectNode seriesNode = series.computeIfAbsent(seriesUid, uid -> {
            ObjectNode node = NODES.objectNode();
            node.set("DICOM", NODES.objectNode());
            node.set("Instances", NODES.objectNode());
            return node;
        });
        ((ObjectNode) seriesNode.get("Instances")).set(sopUid, instance);
        return this;
    }

    /** The document as built so far; a new tree on every call, free to change. */
    public ObjectNode build() {
        ObjectNode document = NODES.objectNode();
        document.put("SchemaVersion", SCHEMA_VERSION);
        document.put("DatastoreID", datastoreId);
        document.put("ImageSetID", imageSetId);
        document.putObject("Patient").set("DICOM", level(MetadataLevel.PATIENT));
        ObjectNode study = document.putObject("Study");
        study.set("DICOM", level(MetadataLevel.STUDY));
        ObjectNode seriesNodes = study.putObject("Series");
        for (Map.Entry<String, ObjectNode> entry : series.entrySet()) {
            ObjectNode node = entry.getValue().deepCopy();
            node.set("DICOM", level(MetadataLevel.SERIES));
            seriesNodes.set(entry.getKey(), node);
        }
        return document;
    }

    private ObjectNode level(MetadataLevel level) {
        ObjectNode node = NODES.objectNode();
        normalized.get(level).forEach((key, value) -> node.set(key, value.deepCopy()));
        return node;
    }

    private static ArrayNode imageFrames(List<ImageFrameEntry> frames) {
        ArrayNode array = NODES.arrayNode();
        for (ImageFrameEntry frame : frames) {
            ObjectNode node = array.addObject();
            node.put("ID", frame.id());
            ArrayNode checksums = node.putArray("PixelDataChecksumFromBaseToFullResolution");
            for (ResolutionChecksum checksum : frame.checksums()) {
                ObjectNode level = checksums.addObject();
                level.put("Width", checksum.width());
                level.put("Height", checksum.height());
                level.set("Checksum", AttributeEncoder.integral(checksum.checksum()));
            }
            node.set("MinPixelValue", AttributeEncoder.integral(frame.minPixelValue()));
            node.set("MaxPixelValue", AttributeEncoder.integral(frame.maxPixelValue()));
            node.set("FrameSizeInBytes", AttributeEncoder.integral(frame.frameSizeInBytes()));
        }
        return array;
    }
}
