package io.healthimaging.codec.checksum;

import io.healthimaging.codec.htj2k.CodestreamInfo;
import io.healthimaging.codec.htj2k.Htj2kDecoder;
import io.healthimaging.codec.htj2k.Htj2kEncoder;
import io.healthimaging.codec.htj2k.ResolutionPyramid;
import io.healthimaging.codec.image.SampleImage;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The checksums HealthImaging lists under {@code PixelDataChecksumFromBaseToFullResolution}: one CRC32
 * per resolution level, from the smallest listed level to full resolution.
 *
 * <p>Which levels are listed is not documented; three examples are. A reduced level is listed while it
 * still holds at least 128 x 128 = 16384 samples: 640x480 lists 160x120 (19200) but not 80x60, 512x512
 * lists 128x128 (16384) but not 64x64, and 512x375 lists 256x188 but not 128x94 (12032). The three
 * examples bound the threshold to (12032, 16384]; a 128x128 thumbnail's worth of samples is the
 * natural value there, and it keeps every listed level large enough to be a useful preview.
 */
public final class ResolutionChecksums {
    /** The fewest samples a reduced resolution level must hold to be listed. */
    static final long MIN_LISTED_SAMPLES = 128 * 128;

    private ResolutionChecksums() {
    }

    /** Checksums of a stored frame, decoding each listed level from its codestream. */
    public static List<ResolutionChecksum> of(byte[] codestream) {
        CodestreamInfo info = CodestreamInfo.of(codestream);
        int reduced = Math.min(listedReductions(info.width(), info.height()), info.levels());
        Htj2kDecoder decoder = new Htj2kDecoder();
        List<ResolutionChecksum> result = new ArrayList<>(reduced + 1);
        for (int d = reduced; d >= 0; d--) {
            result.add(checksum(decoder.decode(codestream, d)));
        }
        return result;
    }

    /**
     * Checksums of an original frame: its resolution levels as a decoder reconstructs them from the
     * lossless codestream {@link Htj2kEncoder} makes of it.
     */
    public static List<ResolutionChecksum> of(SampleImage image) {
        int levels = Htj2kEncoder.automaticLevels(image.width(), image.height());
        int reduced = Math.min(listedReductions(image.width(), image.height()), levels);
        List<SampleImage> baseToFull = new ArrayList<>(ResolutionPyramid.of(image, reduced));
        java.util.Collections.reverse(baseToFull);
        return ofPyramid(baseToFull);
    }

    /** Checksums of given resolution levels, listed in the order given (base first). */
    public static List<ResolutionChecksum> ofPyramid(List<SampleImage> baseToFull) {
        List<ResolutionChecksum> result = new ArrayList<>(baseToFull.size());
        for (SampleImage level : baseToFull) {
            result.add(checksum(level));
        }
        return result;
    }

    /** CRC32 of one image in the client layout ({@link ClientSampleLayout}). */
    public static ResolutionChecksum checksum(SampleImage image) {
        CRC32 crc = new CRC32();
        crc.update(ClientSampleLayout.bytes(image));
        return new ResolutionChecksum(image.width(), image.height(), crc.getValue());
    }

    /** How many reduced levels are listed for a full-resolution image of this size. */
    static int listedReductions(int width, int height) {
        int d = 0;
        while (d < 32 && ceilShift(width, d + 1) * ceilShift(height, d + 1) >= MIN_LISTED_SAMPLES) {
            d++;
        }
        return d;
    }

    private static long ceilShift(int value, int shift) {
        return (value + (1L << shift) - 1) >> shift;
    }
}
