package io.healthimaging.codec.pixel.jpeg;

/**
 * One component of a JPEG frame and the plane its scans decode into. The plane covers whole coding units: for
 * DCT frames whole 8 x 8 blocks of whole MCUs, so its width is a multiple of 8 and at least the component's.
 */
final class FrameComponent {
    final int id;
    final int horizontalSampling;
    final int verticalSampling;
    final int quantizationTable;
    /** Samples the component really has: ceil(X * H / Hmax) by ceil(Y * V / Vmax) (T.81 A.1.1). */
    final int width;
    final int height;
    final int planeWidth;
    final int planeHeight;
    final int[] plane;
    boolean scanned;

    FrameComponent(int id, int horizontalSampling, int verticalSampling, int quantizationTable, int width,
            int height, int planeWidth, int planeHeight) {
        this.id = id;
        this.horizontalSampling = horizontalSampling;
        this.verticalSampling = verticalSampling;
        this.quantizationTable = quantizationTable;
        this.width = width;
        this.height = height;
        this.planeWidth = planeWidth;
        this.planeHeight = planeHeight;
        this.plane = new int[Math.multiplyExact(planeWidth, planeHeight)];
    }
}
