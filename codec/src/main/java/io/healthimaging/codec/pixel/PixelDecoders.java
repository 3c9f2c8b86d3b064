package io.healthimaging.codec.pixel;

import io.healthimaging.codec.dicom.TransferSyntax;
import io.healthimaging.codec.pixel.jpeg.JpegFrameDecoder;
import io.healthimaging.codec.pixel.jpeg2000.Jpeg2000FrameDecoder;
import io.healthimaging.codec.pixel.jpegls.JpegLsFrameDecoder;
import io.healthimaging.codec.pixel.nativ.NativeFrameDecoder;
import io.healthimaging.codec.pixel.rle.RleFrameDecoder;

/** The frame decoder for each transfer syntax HealthImaging imports. Every decoder is stateless and thread-safe. */
public final class PixelDecoders {
    private static final FrameDecoder NATIVE = new NativeFrameDecoder();
    private static final FrameDecoder RLE = new RleFrameDecoder();
    private static final FrameDecoder JPEG_LOSSY = JpegFrameDecoder.lossy();
    private static final FrameDecoder JPEG_LOSSLESS = JpegFrameDecoder.lossless();
    private static final FrameDecoder JPEG_LS = new JpegLsFrameDecoder();
    private static final FrameDecoder JPEG_2000 = new Jpeg2000FrameDecoder();

    private PixelDecoders() {
    }

    public static FrameDecoder forTransferSyntax(TransferSyntax ts) {
        return switch (ts) {
            case IMPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_LITTLE_ENDIAN, DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN,
                    EXPLICIT_VR_BIG_ENDIAN -> NATIVE;
            case RLE_LOSSLESS -> RLE;
            case JPEG_BASELINE_8BIT, JPEG_EXTENDED_12BIT -> JPEG_LOSSY;
            case JPEG_LOSSLESS, JPEG_LOSSLESS_SV1 -> JPEG_LOSSLESS;
            case JPEG_LS_LOSSLESS, JPEG_LS_NEAR_LOSSLESS -> JPEG_LS;
            case JPEG_2000_LOSSLESS, JPEG_2000, HTJ2K_LOSSLESS, HTJ2K_LOSSLESS_RPCL, HTJ2K -> JPEG_2000;
        };
    }
}
