package io.healthimaging.codec.pixel.jpeg;

/** The coding processes of T.81 this decoder reconstructs, named by their start-of-frame marker. */
enum JpegProcess {
    /** SOF0, process 1: 8-bit DCT, two Huffman tables of each kind. */
    BASELINE(8),
    /** SOF1, processes 2 and 4: 8- or 12-bit DCT, Huffman coding. */
    EXTENDED(8),
    /** SOF3, process 14: predictive lossless, Huffman coding. */
    LOSSLESS(1);

    private final int dataUnitSize;

    JpegProcess(int dataUnitSize) {
        this.dataUnitSize = dataUnitSize;
    }

    /** Width and height of a data unit: an 8 x 8 block for DCT, one sample for lossless coding. */
    int dataUnitSize() {
        return dataUnitSize;
    }

    boolean dct() {
        return this != LOSSLESS;
    }
}
