package io.healthimaging.codec.pixel.jpeg;

/** A component as one scan codes it: its tables and, for DCT scans, its DC predictor. */
final class ScanComponent {
    final FrameComponent component;
    final HuffmanTable dcTable;
    final HuffmanTable acTable;
    final int[] quantization;
    int dcPredictor;

    ScanComponent(FrameComponent component, HuffmanTable dcTable, HuffmanTable acTable, int[] quantization) {
        this.component = component;
        this.dcTable = dcTable;
        this.acTable = acTable;
        this.quantization = quantization;
    }
}
