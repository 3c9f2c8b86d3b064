package io.healthimaging.codec.dicom.pixel;

import io.healthimaging.codec.dicom.BinaryValues;
import io.healthimaging.codec.dicom.InvalidPixelDataException;
import io.healthimaging.codec.dicom.LimitExceededException;
import io.healthimaging.codec.dicom.VR;
import io.healthimaging.codec.image.PixelDescription;

/**
 * Where each frame of native (uncompressed) Pixel Data lies in the value, and how its bytes become the
 * frame handed to decoders: little-endian samples, the first pixel in bit 0 of the first byte.
 *
 * <p>Frames follow each other without padding, so with Bits Allocated 1 a frame whose size is not a whole
 * number of bytes starts inside a byte; with a big-endian OW value the 16-bit (or wider) words that hold
 * a frame may straddle its edges. {@link #sourceStart} and {@link #sourceEnd} widen the frame to whole
 * bytes and words; {@link #normalize} swaps and shifts that source into the frame.
 */
public final class NativeFrameLayout {
    private final long frameBits;
    private final int frameLength;
    private final int frames;
    private final long valueLength;
    private final int swapUnit;

    /**
     * @param valueLength bytes of the Pixel Data value
     * @param vr OB or OW as encoded
     * @param bigEndian the data set is Explicit VR Big Endian
     * @param maxFrameLength largest frame to hand out
     */
    public NativeFrameLayout(PixelDescription description, long valueLength, VR vr, boolean bigEndian,
            int maxFrameLength) throws InvalidPixelDataException, LimitExceededException {
        this.frameBits = frameBits(description);
        this.frames = description.numberOfFrames();
        this.valueLength = valueLength;
        long bytes = (frameBits + 7) / 8;
        if (bytes > maxFrameLength) {
            throw new LimitExceededException("DICOM frame of " + bytes + " bytes exceeds the limit of "
                    + maxFrameLength + " bytes");
        }
        this.frameLength = (int) bytes;
        long needed = (frameBits * frames + 7) / 8;
        if (needed > valueLength) {
            throw new InvalidPixelDataException("DICOM attribute PixelData holds " + valueLength + " bytes but "
                    + frames + " frame(s) of " + description.rows() + "x" + description.columns() + "x"
                    + description.samplesPerPixel() + " at " + description.bitsAllocated() + " bits need "
                    + needed);
        }
        this.swapUnit = bigEndian && vr != VR.OB ? Math.max(2, description.bitsAllocated() / 8) : 1;
    }

    /**
     * Bits one native frame takes. YBR_FULL_422 and YBR_PARTIAL_422 keep one pair of chroma samples for
     * every two pixels: two samples per pixel in all.
     */
    public static long frameBits(PixelDescription description) {
        return (long) description.rows() * description.columns() * storedSamplesPerPixel(description)
                * description.bitsAllocated();
    }

    private static int storedSamplesPerPixel(PixelDescription description) {
        String photometric = description.photometricInterpretation();
        boolean subsampled = description.samplesPerPixel() == 3
                && (photometric.equals("YBR_FULL_422") || photometric.equals("YBR_PARTIAL_422"));
        return subsampled ? 2 : description.samplesPerPixel();
    }

    public int frames() {
        return frames;
    }

    /** Bytes of one normalized frame. */
    public int frameLength() {
        return frameLength;
    }

    /** Offset in the value of the first byte {@link #normalize} needs for {@code frame}. */
    public long sourceStart(int frame) {
        long start = frame * frameBits / 8;
        return start - start % swapUnit;
    }

    /** Offset in the value just past the last byte {@link #normalize} needs for {@code frame}. */
    public long sourceEnd(int frame) {
        long end = ((frame + 1) * frameBits + 7) / 8;
        long rounded = (end + swapUnit - 1) / swapUnit * swapUnit;
        return Math.min(rounded, valueLength);
    }

    /**
     * Turns {@code source}, the value bytes from {@link #sourceStart} to {@link #sourceEnd}, into the frame;
     * {@code source} is swapped in place.
     */
    public byte[] normalize(int frame, byte[] source) {
        BinaryValues.swap(source, 0, source.length, swapUnit);
        long firstBit = frame * frameBits;
        int offset = (int) (firstBit / 8 - sourceStart(frame));
        int shift = (int) (firstBit % 8);
        byte[] out = new byte[frameLength];
        if (shift == 0) {
            System.arraycopy(source, offset, out, 0, frameLength);
        } else {
            for (int i = 0; i < frameLength; i++) {
                int low = (source[offset + i] & 0xFF) >>> shift;
                int high = offset + i + 1 < source.length ? (source[offset + i + 1] & 0xFF) << (8 - shift) : 0;
                out[i] = (byte) (low | high);
            }
        }
        int tailBits = (int) (frameBits % 8);
        if (tailBits != 0) {
            // The last byte also holds the first pixels of the next frame; they are not this frame's.
            out[frameLength - 1] &= (byte) ((1 << tailBits) - 1);
        }
        return out;
    }
}
