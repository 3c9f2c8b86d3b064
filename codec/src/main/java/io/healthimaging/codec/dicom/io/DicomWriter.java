package io.healthimaging.codec.dicom.io;

import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.DicomElement;
import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.TransferSyntax;
import io.healthimaging.codec.dicom.VR;
import io.healthimaging.codec.dicom.pixel.PixelDescriptions;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes Part 10 files in Explicit VR Little Endian with native Pixel Data, or in an encapsulated transfer
 * syntax (HTJ2K with RPCL, 1.2.840.10008.1.2.4.202, for GetDICOMInstance) with one fragment per frame.
 *
 * <p>The file meta information is made anew: Media Storage SOP Class and Instance UIDs from the data
 * set, the transfer syntax written, and this implementation's class UID and version name. Every other
 * element is written as held, values and VRs unchanged; group lengths are recomputed. A data set read
 * from any transfer syntax can be written back: its values are already little endian.
 */
public final class DicomWriter {
    /** Our Implementation Class UID (0002,0012): a UUID-derived UID under the 2.25 root. */
    public static final String IMPLEMENTATION_CLASS_UID = "2.25.458701921077694684838186530679824762";
    /** Our Implementation Version Name (0002,0013). */
    public static final String IMPLEMENTATION_VERSION_NAME = "HIEMU_0_1";

    private static final int PREAMBLE_LENGTH = 128;

    private DicomWriter() {
    }

    /**
     * Writes {@code dataSet} as a Part 10 file.
     *
     * @param syntax Explicit VR Little Endian, or an encapsulated syntax
     * @param frames the frames for Pixel Data: native frames for Explicit VR Little Endian, codestreams for
     *     an encapsulated syntax; {@code null} to write the data set's own Pixel Data as held (or none)
     */
    public static void write(OutputStream out, DataSet dataSet, TransferSyntax syntax, Frames frames)
            throws IOException {
        if (syntax != TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN && !syntax.encapsulated()) {
            throw new IllegalArgumentException("writes Explicit VR Little Endian or an encapsulated syntax, not "
                    + syntax);
        }
        PixelDataEncoder pixelData = null;
        if (frames != null) {
            pixelData = syntax.encapsulated()
                    ? new EncapsulatedPixelDataEncoder(frames)
                    : new NativePixelDataEncoder(PixelDescriptions.of(dataSet), frames);
        }
        List<DicomElement> elements = bodyElements(dataSet, pixelData);
        LittleEndianOutput output = new LittleEndianOutput(new BufferedOutputStream(out, 64 * 1024));
        output.bytes(new byte[PREAMBLE_LENGTH]);
        output.bytes("DICM".getBytes(StandardCharsets.US_ASCII));
        ElementEncoder encoder = new ElementEncoder(output);
        encoder.writeContent(fileMetaInformation(dataSet, syntax));
        writeBody(encoder, output, elements, pixelData);
        output.flush();
    }

    /**
     * The elements to write, in tag order: the file meta group is replaced, and with new frames the held
     * Pixel Data and any offset table of the old encoding go.
     */
    private static List<DicomElement> bodyElements(DataSet dataSet, PixelDataEncoder pixelData) throws IOException {
        DataSet body = new DataSet();
        for (DicomElement element : dataSet.elements()) {
            int tag = element.tag();
            boolean replaced = pixelData != null && (tag == Tag.PIXEL_DATA || tag == Tag.EXTENDED_OFFSET_TABLE
                    || tag == Tag.EXTENDED_OFFSET_TABLE_LENGTHS);
            if (Tag.group(tag) != 0x0002 && !replaced) {
                if (element.isBulkData()) {
                    throw new IllegalArgumentException("Pixel Data is left in its file: give its frames");
                }
                body.put(element);
            }
        }
        if (pixelData != null) {
            for (DicomElement companion : pixelData.companions()) {
                body.put(companion);
            }
        }
        return body.elements();
    }

    private static void writeBody(ElementEncoder encoder, LittleEndianOutput output, List<DicomElement> elements,
            PixelDataEncoder pixelData) throws IOException {
        boolean pixelDataWritten = pixelData == null;
        for (int i = 0; i < elements.size(); i++) {
            DicomElement element = elements.get(i);
            if (!pixelDataWritten && Tag.compare(element.tag(), Tag.PIXEL_DATA) > 0) {
                pixelData.write(encoder, output);
                pixelDataWritten = true;
            }
            if (Tag.isGroupLength(element.tag())) {
                long length = ElementEncoder.groupLength(elements, i);
                if (pixelData != null && Tag.group(element.tag()) == Tag.group(Tag.PIXEL_DATA)) {
                    length += pixelData.length();
                }
                encoder.writeGroupLength(element.tag(), length);
            } else {
                encoder.write(element);
            }
        }
        if (!pixelDataWritten) {
            pixelData.write(encoder, output);
        }
    }

    private static DataSet fileMetaInformation(DataSet dataSet, TransferSyntax syntax) {
        DataSet meta = new DataSet();
        meta.put(DicomElement.ofBytes(Tag.FILE_META_INFORMATION_VERSION, VR.OB, new byte[] {0, 1}));
        meta.put(uid(Tag.MEDIA_STORAGE_SOP_CLASS_UID, dataSet.string(Tag.SOP_CLASS_UID).orElse("")));
        meta.put(uid(Tag.MEDIA_STORAGE_SOP_INSTANCE_UID, dataSet.string(Tag.SOP_INSTANCE_UID).orElse("")));
        meta.put(uid(Tag.TRANSFER_SYNTAX_UID, syntax.uid()));
        meta.put(uid(Tag.IMPLEMENTATION_CLASS_UID, IMPLEMENTATION_CLASS_UID));
        meta.put(DicomElement.ofBytes(Tag.IMPLEMENTATION_VERSION_NAME, VR.SH,
                IMPLEMENTATION_VERSION_NAME.getBytes(StandardCharsets.US_ASCII)));
        meta.put(DicomElement.ofBytes(Tag.FILE_META_INFORMATION_GROUP_LENGTH, VR.UL, new byte[4]));
        return meta;
    }

    private static DicomElement uid(int tag, String value) {
        return DicomElement.ofBytes(tag, VR.UI, value.getBytes(StandardCharsets.US_ASCII));
    }
}
