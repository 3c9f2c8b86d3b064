package io.healthimaging.codec.dicom.io;

import io.healthimaging.codec.dicom.DataSet;
import io.healthimaging.codec.dicom.MissingTransferSyntaxException;
import io.healthimaging.codec.dicom.NotDicomException;
import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.TransferSyntax;
import io.healthimaging.codec.dicom.UnsupportedTransferSyntaxException;
import io.healthimaging.codec.dicom.VR;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a Part 10 file up to its Pixel Data: preamble and {@code DICM} prefix, file meta information, the
 * transfer syntax it names, then the data set in that transfer syntax.
 *
 * <p>What HealthImaging reports for files it cannot take is decided here: a file without a Part 10
 * header that still looks like a data set, or whose meta group lacks the transfer syntax, fails with
 * {@code DICOM attribute TransferSyntaxUID does not exist}; anything else that is not DICOM with
 * {@code DICOM attributes does not exist}.
 */
final class Part10Parser {
    private static final int PREAMBLE_LENGTH = 128;

    /**
     * The parsed head of a file.
     *
     * @param dataSetStart offset in the file where the data set starts (where the deflated stream starts)
     * @param pixelData the header of the top-level Pixel Data, or {@code null} when there is none
     */
    record Parsed(DataSet fileMetaInformation, TransferSyntax transferSyntax, DataSet dataSet, long dataSetStart,
            DataSetReader reader, PixelDataHeader pixelData) {
        DataSetReader.Encoding encoding() {
            return encodingOf(transferSyntax);
        }
    }

    private Part10Parser() {
    }

    static DataSetReader.Encoding encodingOf(TransferSyntax syntax) {
        return new DataSetReader.Encoding(syntax.explicitVr(), syntax.bigEndian());
    }

    /** {@code length}: the size of the source in bytes, or {@code -1} when unknown. */
    static Parsed parse(InputStream stream, long length, ReadLimits limits) throws IOException {
        DicomInput raw = new DicomInput(stream, length);
        skipPart10Prefix(raw);
        DataSetReader metaReader = new DataSetReader(raw, limits);
        DataSet meta = new DataSet();
        while (raw.peek(0) == 0x02 && raw.peek(1) == 0x00) {
            metaReader.readMetaElement(meta);
        }
        TransferSyntax syntax = transferSyntax(meta, raw);
        long dataSetStart = raw.position();
        DataSetReader reader = syntax.deflated()
                ? new DataSetReader(raw.inflated(limits.maxInflatedBytes()), limits)
                : metaReader;
        DataSet dataSet = new DataSet();
        PixelDataHeader pixelData = reader.readUntilPixelData(dataSet, encodingOf(syntax));
        if (dataSet.isEmpty() && pixelData == null) {
            throw new NotDicomException();
        }
        return new Parsed(meta, syntax, dataSet, dataSetStart, reader, pixelData);
    }

    private static void skipPart10Prefix(DicomInput raw) throws IOException {
        int available = raw.ensure(PREAMBLE_LENGTH + 4);
        if (available >= PREAMBLE_LENGTH + 4 && isDicmAt(raw, PREAMBLE_LENGTH)) {
            raw.skip(PREAMBLE_LENGTH + 4);
        } else if (available >= 4 && isDicmAt(raw, 0)) {
            raw.skip(4);
        } else if (!(raw.peek(0) == 0x02 && raw.peek(1) == 0x00 && isLetter(raw.peek(4)) && isLetter(raw.peek(5)))) {
            // No Part 10 header at all (a bare meta group without preamble is read as if it had one).
            if (looksLikeDataSet(raw)) {
                throw new MissingTransferSyntaxException();
            }
            throw new NotDicomException();
        }
    }

    private static TransferSyntax transferSyntax(DataSet meta, DicomInput raw) throws IOException {
        Optional<String> uid = meta.string(Tag.TRANSFER_SYNTAX_UID).map(String::trim).filter(s -> !s.isEmpty());
        if (uid.isEmpty()) {
            if (meta.isEmpty() && raw.atEnd()) {
                throw new NotDicomException();
            }
            throw new MissingTransferSyntaxException();
        }
        return TransferSyntax.forUid(uid.get()).orElseThrow(() -> new UnsupportedTransferSyntaxException(uid.get()));
    }

    private static boolean isDicmAt(DicomInput raw, int offset) throws IOException {
        return raw.peek(offset) == 'D' && raw.peek(offset + 1) == 'I' && raw.peek(offset + 2) == 'C'
                && raw.peek(offset + 3) == 'M';
    }

    /**
     * A data set written without any Part 10 header starts with a low even group (most often 0008) in
     * either byte order, followed by a VR code (explicit VR) or a length that fits in the file.
     */
    private static boolean looksLikeDataSet(DicomInput raw) throws IOException {
        if (raw.ensure(8) < 8) {
            return false;
        }
        int littleGroup = raw.peek(0) | raw.peek(1) << 8;
        int bigGroup = raw.peek(0) << 8 | raw.peek(1);
        boolean plausibleGroup = isPlausibleFirstGroup(littleGroup) || isPlausibleFirstGroup(bigGroup);
        if (!plausibleGroup) {
            return false;
        }
        if (VR.forCode(raw.peek(4), raw.peek(5)) != null) {
            return true;
        }
        long implicitLength = raw.peek(4) | raw.peek(5) << 8 | raw.peek(6) << 16 | (long) raw.peek(7) << 24;
        long remaining = raw.remaining();
        return remaining < 0 ? implicitLength < 1 << 16 : implicitLength <= remaining - 8;
    }

    private static boolean isPlausibleFirstGroup(int group) {
        return group >= 0x0002 && group <= 0x0028 && group % 2 == 0;
    }

    private static boolean isLetter(int b) {
        return b >= 'A' && b <= 'Z';
    }
}
