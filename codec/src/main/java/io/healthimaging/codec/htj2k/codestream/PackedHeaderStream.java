package io.healthimaging.codec.htj2k.codestream;

import io.healthimaging.codec.htj2k.InvalidCodestreamException;
import java.util.ArrayList;
import java.util.List;

/**
 * The packet headers of a PPM marker: the concatenated Ippm data of all PPM segments, read as one
 * (Nppm, Ippm) pair per tile-part in codestream order (A.7.4). A pair may straddle segment boundaries.
 */
final class PackedHeaderStream {
    private final List<ByteRegion> segments = new ArrayList<>();
    private ByteRegion joined;
    private SegmentReader reader;

    void append(ByteRegion region) {
        segments.add(region);
    }

    /** The packed packet headers of the next tile-part. */
    ByteRegion nextTilePart(int tileIndex) {
        if (reader == null) {
            joined = ByteRegion.concat(segments);
            reader = new SegmentReader(joined.data(), joined.offset(), joined.end(), "PPM packed headers");
        }
        if (reader.remaining() == 0) {
            throw new InvalidCodestreamException("PPM holds no packet headers for a tile-part of tile " + tileIndex);
        }
        long length = reader.u32();
        if (length > reader.remaining()) {
            throw new InvalidCodestreamException("PPM declares " + length + " header bytes for tile " + tileIndex
                    + " but " + reader.remaining() + " remain");
        }
        int at = reader.position();
        reader.skip((int) length);
        return new ByteRegion(joined.data(), at, (int) length);
    }
}
