package io.healthimaging.codec.htj2k;

import io.healthimaging.codec.htj2k.codestream.Codestream;
import io.healthimaging.codec.htj2k.codestream.TileData;
import io.healthimaging.codec.image.SampleImage;
import java.util.List;

/**
 * Decodes HTJ2K codestreams (ISO/IEC 15444-15, also inside a JPH/JP2 file) of any conformant
 * structure: several tiles and tile-parts, any progression order and precincts, several quality layers,
 * reversible 5/3 and irreversible 9/7 with RCT or ICT, offsets and subsampled components, packed packet
 * headers and SOP/EPH markers; at full resolution or with the highest resolution levels discarded.
 *
 * <p>Thread-safe. Malformed input ends in {@link InvalidCodestreamException}, unsupported features and
 * images beyond {@code maxSamples} in {@link UnsupportedCodestreamException}, before large
 * allocations.
 */
public final class Htj2kDecoder {
    /** 2^28 samples (1 GiB of ints): far above any medical frame, below what breaks a default JVM heap. */
    public static final long DEFAULT_MAX_SAMPLES = 1L << 28;

    private final long maxSamples;

    public Htj2kDecoder() {
        this(DEFAULT_MAX_SAMPLES);
    }

    /** A decoder refusing codestreams that would produce more than {@code maxSamples} samples. */
    public Htj2kDecoder(long maxSamples) {
        if (maxSamples < 1) {
            throw new IllegalArgumentException("maxSamples must be positive: " + maxSamples);
        }
        this.maxSamples = maxSamples;
    }

    /** Full-resolution decode into one image; every component must have the image's size. */
    public SampleImage decode(byte[] codestream) {
        return decode(codestream, 0);
    }

    /**
     * Decode discarding the {@code discardLevels} highest resolution levels: each dimension becomes
     * ceil(size / 2^discardLevels) (for a zero image offset). Every component must have the same size.
     */
    public SampleImage decode(byte[] codestream, int discardLevels) {
        List<DecodedComponent> components = decodeComponents(codestream, discardLevels);
        DecodedComponent first = components.get(0);
        int precision = 0;
        int[][] planes = new int[components.size()][];
        for (int c = 0; c < components.size(); c++) {
            DecodedComponent component = components.get(c);
            if (component.width() != first.width() || component.height() != first.height()) {
                throw new UnsupportedCodestreamException("component " + c + " is " + component.width() + "x"
                        + component.height() + " but component 0 is " + first.width() + "x" + first.height()
                        + "; decode subsampled components with decodeComponents");
            }
            if (component.signed() != first.signed()) {
                throw new UnsupportedCodestreamException("components mix signed and unsigned samples; decode them"
                        + " with decodeComponents");
            }
            precision = Math.max(precision, component.precision());
            planes[c] = component.samples();
        }
        return SampleImage.wrap(first.width(), first.height(), precision, first.signed(), planes);
    }

    /** Decodes every component at its own size (components may be subsampled). */
    public List<DecodedComponent> decodeComponents(byte[] codestream, int discardLevels) {
        if (discardLevels < 0 || discardLevels > 32) {
            throw new IllegalArgumentException("discardLevels must be 0..32: " + discardLevels);
        }
        try {
            Codestream parsed = Codestream.parse(codestream);
            long samples = DecodedPlanes.sampleCount(parsed.size(), discardLevels);
            if (samples > maxSamples) {
                throw new UnsupportedCodestreamException("the codestream declares " + samples
                        + " samples, more than this decoder's limit of " + maxSamples);
            }
            DecodedPlanes planes = new DecodedPlanes(parsed.size(), discardLevels);
            TileDecoder tiles = new TileDecoder(parsed.size(), discardLevels, planes);
            for (TileData tile : parsed.tiles()) {
                tiles.decode(tile);
            }
            return planes.components();
        } catch (Htj2kException e) {
            throw e;
        } catch (RuntimeException e) {
            // A safety net: inconsistent input must never escape as an index or arithmetic error.
            throw new InvalidCodestreamException("the codestream is inconsistent: " + e, e);
        }
    }
}
