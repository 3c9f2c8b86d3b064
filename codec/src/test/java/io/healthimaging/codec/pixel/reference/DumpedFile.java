package io.healthimaging.codec.pixel.reference;

import io.healthimaging.codec.dicom.TransferSyntax;
import io.healthimaging.codec.image.PixelDescription;
import io.healthimaging.codec.image.SampleImage;

import java.util.List;

/**
 * A DICOM file as pydicom reads it: its transfer syntax and Image Pixel attributes, each frame's bytes as the
 * DICOM reader hands them to a decoder, and, for native files, each frame's samples as pydicom decodes them.
 */
public record DumpedFile(TransferSyntax transferSyntax, PixelDescription description, List<byte[]> frames,
        List<SampleImage> samples) {
}
