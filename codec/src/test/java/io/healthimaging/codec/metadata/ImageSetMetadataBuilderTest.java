package io.healthimaging.codec.metadata;

import io.healthimaging.codec.checksum.ResolutionChecksum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.healthimaging.codec.dicom.BinaryValues;
import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.DicomElement;
import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.VR;
import io.healthimaging.codec.dicom.dictionary.DicomDictionary;
import io.healthimaging.codec.dicom.io.DicomFile;
import io.healthimaging.codec.testing.Pydicom;
import io.healthimaging.codec.testing.PydicomFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageSetMetadataBuilderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATASTORE = "2aa75d103f7f45ab977b0e93f00e6fe9";
    private static final String IMAGE_SET = "46923b66d5522e4241615ecd64637584";
    private static final String SERIES = "1.2.840.113619.2.30.1.1762295590.1623.978668949.887";
    private static final String SOP = "1.2.840.113619.2.30.1.1762295590.1623.978668949.888";

    /**
     * The document of EX-19 (the Developer Guide's example, nesting corrected), plus the three instance keys a
     * real service document also has: DICOMVRs, StoredTransferSyntaxUID and ChecksumType.
     */
    @Test
    void buildsTheDocumentOfTheDeveloperGuideExample() throws Exception {
        DataSet meta = new DataSet();
        meta.put(text(0x00020016, VR.AE, ""));
        DataSet dataSet = new DataSet();
        dataSet.put(text(Tag.SOP_CLASS_UID, VR.UI, "1.2.840.10008.5.1.4.1.1.2"));
        dataSet.put(text(Tag.SOP_INSTANCE_UID, VR.UI, SOP));
        dataSet.put(text(0x00080030, VR.TM, "083501"));
        dataSet.put(text(0x00080060, VR.CS, "CT"));
        dataSet.put(text(0x00100010, VR.PN, "MISTER^CT"));
        dataSet.put(text(0x00100020, VR.LO, "2178309"));
        dataSet.put(text(0x00100030, VR.DA, ""));
        dataSet.put(text(0x00100040, VR.CS, ""));
        dataSet.put(text(0x00101030, VR.DS, ""));
        dataSet.put(text(0x00181152, VR.IS, "40"));
        dataSet.put(text(0x00185100, VR.CS, "FFS"));
        dataSet.put(text(Tag.SERIES_INSTANCE_UID, VR.UI, SERIES));
        dataSet.put(DicomElement.ofBytes(Tag.HIGH_BIT, VR.US, BinaryValues.ofU16(15)));
        dataSet.put(text(0x00281053, VR.DS, "1"));
        dataSet.put(DicomElement.ofBulkData(Tag.PIXEL_DATA, VR.OW, 384000));
        ImageFrameEntry frame = new ImageFrameEntry("0d1c97c51b773198a3df44383a5fd306",
                List.of(new ResolutionChecksum(256, 188, 2598394845L), new ResolutionChecksum(512, 375, 1227709180L)),
                451, 1466, 384000);

        ObjectNode document = new ImageSetMetadataBuilder(DATASTORE, IMAGE_SET)
                .addInstance(meta, dataSet, ImageSetMetadataBuilder.HTJ2K_LOSSLESS_RPCL, List.of(frame))
                .build();

        ObjectNode instance = (ObjectNode) document.at("/Study/Series/" + SERIES + "/Instances/" + SOP);
        assertEquals(JSON.readTree("{}"), instance.remove("DICOMVRs"));
        assertEquals("1.2.840.10008.1.2.4.202", instance.remove("StoredTransferSyntaxUID").asText());
        assertEquals("DECOMPRESSED", instance.remove("ChecksumType").asText());
        assertEquals(JSON.readTree(EX_19), document);
    }

    @Test
    void typesValuesAsTheServiceDoes() throws Exception {
        DataSet meta = new DataSet();
        meta.put(DicomElement.ofBytes(Tag.FILE_META_INFORMATION_GROUP_LENGTH, VR.UL, BinaryValues.ofU32(218)));
        meta.put(DicomElement.ofBytes(Tag.FILE_META_INFORMATION_VERSION, VR.OB, new byte[] {0, 1}));
        meta.put(text(Tag.TRANSFER_SYNTAX_UID, VR.UI, "1.2.840.10008.1.2.4.51"));
        DataSet dataSet = new DataSet();
        dataSet.put(text(0x00080008, VR.CS, "DERIVED\\PRIMARY\\AXIAL "));
        dataSet.put(text(Tag.SOP_INSTANCE_UID, VR.UI, "1.2.3.4\0"));
        dataSet.put(text(0x00181020, VR.LO, "3.1.62"));
        dataSet.put(text(0x00200011, VR.IS, "1 "));
        dataSet.put(text(0x00200012, VR.IS, ""));
        dataSet.put(text(0x00200020, VR.CS, "L\\P "));
        dataSet.put(text(0x00200032, VR.DS, "0.000000\\0.000000\\-2.625000 "));
        dataSet.put(text(0x00281050, VR.DS, "0 "));
        dataSet.put(DicomElement.ofBytes(0x00280010, VR.US, BinaryValues.ofU16(640)));
        dataSet.put(DicomElement.ofBytes(0x00209165, VR.AT, BinaryValues.ofU16(0x0020, 0x9056)));
        dataSet.put(DicomElement.ofBytes(0x00189306, VR.FD, BinaryValues.ofU64(Double.doubleToLongBits(0.5))));
        DataSet code = dataSet.newItem();
        code.put(text(0x00080100, VR.SH, "121320"));
        dataSet.put(DicomElement.ofItems(0x00081140, List.of(code)));
        dataSet.put(DicomElement.ofItems(0x00082112, List.of()));

        ObjectNode document = new ImageSetMetadataBuilder(DATASTORE, IMAGE_SET)
                .addInstance(meta, dataSet, ImageSetMetadataBuilder.HTJ2K_LOSSLESS_RPCL, List.of())
                .build();

        assertEquals(JSON.readTree("""
                {"SeriesNumber": "1", "SoftwareVersions": ["3.1.62"]}"""), document.at("/Study/Series//DICOM"));
        assertEquals(JSON.readTree("""
                {"FileMetaInformationGroupLength": 218, "FileMetaInformationVersion": "AAE=",
                 "TransferSyntaxUID": "1.2.840.10008.1.2.4.51",
                 "ImageType": ["DERIVED", "PRIMARY", "AXIAL"], "SOPInstanceUID": "1.2.3.4",
                 "ReferencedImageSequence": [{"CodeValue": "121320"}], "SourceImageSequence": null,
                 "SingleCollimationWidth": 0.5, "AcquisitionNumber": null, "PatientOrientation": ["L", "P"],
                 "ImagePositionPatient": ["0.000000", "0.000000", "-2.625000"], "DimensionIndexPointer": "00209056",
                 "Rows": 640, "WindowCenter": ["0"]}"""), document.at("/Study/Series//Instances/1.2.3.4/DICOM"));
    }

    @Test
    void privateAttributesAreKeyedByTagWithTheirVr() {
        DataSet dataSet = new DataSet();
        dataSet.put(text(Tag.SOP_INSTANCE_UID, VR.UI, "1.2"));
        dataSet.put(text(0x00190010, VR.LO, "GEMS_ACQU_01"));
        dataSet.put(text(0x001910F9, VR.DS, "97"));
        dataSet.put(DicomElement.ofBytes(0x00191011, VR.UN, new byte[] {1, 2, 3, 4}));
        ObjectNode instance = (ObjectNode) new ImageSetMetadataBuilder(DATASTORE, IMAGE_SET)
                .addInstance(new DataSet(), dataSet, ImageSetMetadataBuilder.HTJ2K_LOSSLESS_RPCL, List.of())
                .build().at("/Study/Series//Instances/1.2");
        assertEquals("GEMS_ACQU_01", instance.at("/DICOM/00190010").asText());
        assertEquals("97", instance.at("/DICOM/001910F9").asText());
        assertEquals("AQIDBA==", instance.at("/DICOM/00191011").asText());
        assertEquals(Map.of("00190010", "LO", "001910F9", "DS", "00191011", "UN"),
                JSON.convertValue(instance.get("DICOMVRs"), Map.class));
    }

    @Test
    void aDifferentNormalizedValueBelongsToAnotherImageSet() {
        ImageSetMetadataBuilder builder = new ImageSetMetadataBuilder(DATASTORE, IMAGE_SET);
        DataSet first = new DataSet();
        first.put(text(0x00100010, VR.PN, "DOE^JANE"));
        first.put(text(Tag.SOP_INSTANCE_UID, VR.UI, "1.1"));
        assertTrue(builder.accepts(first));
        builder.addInstance(new DataSet(), first, ImageSetMetadataBuilder.HTJ2K_LOSSLESS_RPCL, List.of());
        DataSet same = new DataSet();
        same.put(text(0x00100010, VR.PN, "DOE^JANE "));
        DataSet other = new DataSet();
        other.put(text(0x00100010, VR.PN, "DOE^JOHN"));
        assertTrue(builder.accepts(same));
        assertFalse(builder.accepts(other));
    }

    @Test
    void instancesAccumulateAndSurviveGzip() throws Exception {
        ImageSetMetadataBuilder builder = new ImageSetMetadataBuilder(DATASTORE, IMAGE_SET);
        for (String sop : List.of("1.1", "1.2", "1.3")) {
            DataSet dataSet = new DataSet();
            dataSet.put(text(Tag.SOP_INSTANCE_UID, VR.UI, sop));
            dataSet.put(text(Tag.SERIES_INSTANCE_UID, VR.UI, "9.9"));
            builder.addInstance(new DataSet(), dataSet, ImageSetMetadataBuilder.HTJ2K_LOSSLESS_RPCL, List.of());
        }
        ObjectNode document = builder.build();
        assertEquals(3, document.at("/Study/Series/9.9/Instances").size());
        assertEquals("9.9", document.at("/Study/Series/9.9/DICOM/SeriesInstanceUID").asText());
        assertEquals(document, MetadataDocuments.fromGzip(MetadataDocuments.toGzip(document)));
        assertEquals(document, JSON.readTree(MetadataDocuments.toJson(document)));
    }

    /** Our keywords are the PS3.6 keywords pydicom's dictionary gives the same attributes. */
    @ParameterizedTest
    @ValueSource(strings = {"CT_small.dcm", "MR_small.dcm", "rtplan.dcm", "test-SR.dcm", "waveform_ecg.dcm",
            "JPEG2000.dcm"})
    void keysAreThePs36KeywordsPydicomKnows(String name) throws Exception {
        Path file = PydicomFiles.testFile(name);
        for (String line : Pydicom.run("keywords.py", file.toString()).split("\n")) {
            if (!line.isBlank()) {
                String[] columns = line.trim().split(" ");
                assertEquals(columns[1], DicomDictionary.get().keyword(Tag.parse(columns[0])), columns[0]);
            }
        }
        try (DicomFile dicom = DicomFile.open(file)) {
            ObjectNode document = new ImageSetMetadataBuilder(DATASTORE, IMAGE_SET).addInstance(
                    dicom.fileMetaInformation(), dicom.dataSet(), ImageSetMetadataBuilder.HTJ2K_LOSSLESS_RPCL,
                    List.of()).build();
            JsonNode instance = document.at("/Study/Series").elements().next().get("Instances").elements().next();
            assertTrue(instance.at("/DICOM/PixelData").isNull() || !dicom.hasPixelData());
            for (Iterator<String> keys = instance.get("DICOM").fieldNames(); keys.hasNext();) {
                String key = keys.next();
                assertEquals(MetadataLevel.INSTANCE,
                        NormalizedElements.levelOf(DicomDictionary.get().tag(key).orElse(0)), key);
            }
        }
    }

    private static DicomElement text(int tag, VR vr, String value) {
        return DicomElement.ofBytes(tag, vr, value.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static final String EX_19 = """
            {
              "SchemaVersion": "1.1",
              "DatastoreID": "2aa75d103f7f45ab977b0e93f00e6fe9",
              "ImageSetID": "46923b66d5522e4241615ecd64637584",
              "Patient": {
                "DICOM": {
                  "PatientBirthDate": null,
                  "PatientSex": null,
                  "PatientID": "2178309",
                  "PatientName": "MISTER^CT"
                }
              },
              "Study": {
                "DICOM": {
                  "StudyTime": "083501",
                  "PatientWeight": null
                },
                "Series": {
                  "1.2.840.113619.2.30.1.1762295590.1623.978668949.887": {
                    "DICOM": {
                      "Modality": "CT",
                      "PatientPosition": "FFS",
                      "SeriesInstanceUID": "1.2.840.113619.2.30.1.1762295590.1623.978668949.887"
                    },
                    "Instances": {
                      "1.2.840.113619.2.30.1.1762295590.1623.978668949.888": {
                        "DICOM": {
                          "SourceApplicationEntityTitle": null,
                          "SOPClassUID": "1.2.840.10008.5.1.4.1.1.2",
                          "SOPInstanceUID": "1.2.840.113619.2.30.1.1762295590.1623.978668949.888",
                          "HighBit": 15,
                          "PixelData": null,
                          "Exposure": "40",
                          "RescaleSlope": "1"
                        },
                        "ImageFrames": [
                          {
                            "ID": "0d1c97c51b773198a3df44383a5fd306",
                            "PixelDataChecksumFromBaseToFullResolution": [
                              { "Width": 256, "Height": 188, "Checksum": 2598394845 },
                              { "Width": 512, "Height": 375, "Checksum": 1227709180 }
                            ],
                            "MinPixelValue": 451,
                            "MaxPixelValue": 1466,
                            "FrameSizeInBytes": 384000
                          }
                        ]
                      }
                    }
                  }
                }
              }
            }""";
}
