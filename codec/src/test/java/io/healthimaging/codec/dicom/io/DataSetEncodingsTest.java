package io.healthimaging.codec.dicom.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.DicomElement;
import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.VR;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** Encodings real writers mix into one file, and what private elements know about their creators. */
class DataSetEncodingsTest {
    @Test
    void implicitVrItemsInsideAnExplicitVrSequenceKeepTheirDictionaryVrs() throws Exception {
        ByteArrayOutputStream item = new ByteArrayOutputStream();
        item.writeBytes(new byte[] {0x08, 0x00, 0x50, 0x11, 8, 0, 0, 0});
        item.writeBytes(ascii("1.2.3.4\0"));
        item.writeBytes(new byte[] {0x28, 0x00, 0x10, 0x00, 2, 0, 0, 0, 0x00, 0x02});
        ByteArrayOutputStream sequence = new ByteArrayOutputStream();
        sequence.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF, 0x00, (byte) 0xE0, (byte) item.size(), 0, 0, 0});
        sequence.writeBytes(item.toByteArray());
        ByteArrayOutputStream dataSet = new ByteArrayOutputStream();
        dataSet.writeBytes(new byte[] {0x08, 0x00, 0x40, 0x11, 'S', 'Q', 0, 0, (byte) sequence.size(), 0, 0, 0});
        dataSet.writeBytes(sequence.toByteArray());
        dataSet.writeBytes(new byte[] {0x10, 0x00, 0x10, 0x00, 'P', 'N', 4, 0});
        dataSet.writeBytes(ascii("DOE "));

        DataSet read = read(dataSet.toByteArray());

        DataSet nested = read.get(Tag.of(0x0008, 0x1140)).items().get(0);
        assertEquals(VR.UI, nested.get(Tag.of(0x0008, 0x1150)).vr());
        assertEquals(Optional.of("1.2.3.4"), nested.string(Tag.of(0x0008, 0x1150)));
        assertEquals(VR.US, nested.get(Tag.ROWS).vr());
        assertEquals(OptionalInt.of(512), nested.integer(Tag.ROWS));
        assertEquals(Optional.of("DOE"), read.string(Tag.of(0x0010, 0x0010)));
    }

    @Test
    void unknownVrWithUndefinedLengthIsAnImplicitVrSequence() throws Exception {
        ByteArrayOutputStream dataSet = new ByteArrayOutputStream();
        dataSet.writeBytes(new byte[] {0x09, 0x00, 0x10, 0x00, 'L', 'O', 4, 0});
        dataSet.writeBytes(ascii("ACME"));
        dataSet.writeBytes(new byte[] {0x09, 0x00, 0x01, 0x10, 'U', 'N', 0, 0, -1, -1, -1, -1});
        dataSet.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF, 0x00, (byte) 0xE0, -1, -1, -1, -1});
        dataSet.writeBytes(new byte[] {0x10, 0x00, 0x20, 0x00, 4, 0, 0, 0});
        dataSet.writeBytes(ascii("ID01"));
        dataSet.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF, 0x0D, (byte) 0xE0, 0, 0, 0, 0});
        dataSet.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF, (byte) 0xDD, (byte) 0xE0, 0, 0, 0, 0});

        DataSet read = read(dataSet.toByteArray());

        DicomElement sequence = read.get(Tag.of(0x0009, 0x1001));
        assertEquals(VR.SQ, sequence.vr());
        DataSet item = sequence.items().get(0);
        assertEquals(VR.LO, item.get(Tag.of(0x0010, 0x0020)).vr());
        assertEquals(Optional.of("ID01"), item.string(Tag.of(0x0010, 0x0020)));
        assertEquals(Optional.of("ACME"), read.privateCreator(Tag.of(0x0009, 0x1001)));
        assertEquals(OptionalInt.of(Tag.of(0x0009, 0x1001)), read.privateTag("ACME", 0x0009, 0x01));
        assertEquals(OptionalInt.empty(), read.privateTag("OTHER", 0x0009, 0x01));
    }

    @Test
    void itemsInheritTheCharacterSetOfTheirDataSetUnlessTheyDeclareOne() throws Exception {
        try (DicomFile file = DicomFile.open(io.healthimaging.codec.testing.PydicomFiles.charsetFile(
                "chrSQEncoding1.dcm"))) {
            DataSet top = file.dataSet();
            DataSet item = top.elements().stream().filter(DicomElement::isSequence).findFirst().orElseThrow()
                    .items().get(0);
            assertEquals(top.specificCharacterSet(), item.specificCharacterSet());
            assertEquals(List.of("ISO 2022 IR 13", "ISO 2022 IR 87"), item.specificCharacterSet().terms());
        }
        try (DicomFile file = DicomFile.open(io.healthimaging.codec.testing.PydicomFiles.charsetFile(
                "chrSQEncoding.dcm"))) {
            DataSet item = file.dataSet().elements().stream().filter(DicomElement::isSequence).findFirst()
                    .orElseThrow().items().get(0);
            assertEquals(List.of("ISO_IR 192"), file.dataSet().specificCharacterSet().terms());
            assertEquals(List.of("ISO 2022 IR 13", "ISO 2022 IR 87"), item.specificCharacterSet().terms());
        }
    }

    private static DataSet read(byte[] dataSet) throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[128]);
        file.writeBytes(ascii("DICM"));
        file.writeBytes(new byte[] {0x02, 0x00, 0x10, 0x00, 'U', 'I', 20, 0});
        file.writeBytes(ascii("1.2.840.10008.1.2.1\0"));
        file.writeBytes(dataSet);
        return DicomStream.open(new ByteArrayInputStream(file.toByteArray())).dataSet();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
