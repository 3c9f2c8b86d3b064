package io.healthimaging.codec.cli;

import io.healthimaging.codec.dicom.Tag;
import io.healthimaging.codec.dicom.io.DicomFile;
import io.healthimaging.codec.image.PixelDescription;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code info FILE}: what a DICOM file holds, one {@code key: value} a line. */
final class InfoCommand implements Command {
    @Override
    public String name() {
        return "info";
    }

    @Override
    public String usage() {
        return "FILE   transfer syntax, SOP instance, dimensions, frames, bits, photometric interpretation";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
        if (arguments.size() != 1) {
            throw new IllegalArgumentException("expects one file");
        }
        try (DicomFile file = DicomFile.open(Path.of(arguments.get(0)))) {
            out.println("transfer syntax: " + file.transferSyntax().uid() + " (" + file.transferSyntax() + ")");
            out.println("SOP class: " + file.dataSet().string(Tag.SOP_CLASS_UID).orElse(""));
            out.println("SOP instance: " + file.dataSet().string(Tag.SOP_INSTANCE_UID).orElse(""));
            out.println("elements: " + file.dataSet().size());
            if (!file.hasPixelData()) {
                out.println("pixel data: none");
                return 0;
            }
            PixelDescription pixels = file.pixelDescription();
            out.println("dimensions: " + pixels.columns() + "x" + pixels.rows());
            out.println("frames: " + pixels.numberOfFrames());
            out.println("samples per pixel: " + pixels.samplesPerPixel());
            out.println("bits allocated: " + pixels.bitsAllocated());
            out.println("bits stored: " + pixels.bitsStored());
            out.println("high bit: " + pixels.highBit());
            out.println("signed: " + pixels.signed());
            out.println("photometric interpretation: " + pixels.photometricInterpretation());
            out.println("planar configuration: " + pixels.planarConfiguration());
        }
        return 0;
    }
}
