package io.healthimaging.codec.pixel.reference;

import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.pixel.PixelDataException;
import io.healthimaging.codec.pixel.PixelDecoders;
import io.healthimaging.codec.pixel.colour.StoredPhotometric;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Decodes every frame of a prepared case with the decoder of its transfer syntax and compares it with the
 * reference decoder's output: the same samples (within {@code tolerance}) in the colour space the reference
 * labels its output with, which must also be the one {@link StoredPhotometric} names.
 */
public final class ReferenceTest {
    private ReferenceTest() {
    }

    public static Map<String, CrossCheck.Prepared> prepare(Path work, List<Conversion> conversions) {
        return CrossCheck.prepare(work, conversions);
    }

    /** Returns the largest sample difference seen. */
    public static long assertDecodesLikeReference(CrossCheck.Prepared prepared, long tolerance)
            throws PixelDataException {
        DumpedFile encoded = prepared.encoded();
        DumpedFile reference = prepared.reference();
        String name = prepared.conversion().name();
        assertTrue(encoded.transferSyntax().encapsulated(), name + " is not encapsulated: " + encoded.transferSyntax());
        assertEquals(reference.description().photometricInterpretation(),
                StoredPhotometric.of(encoded.transferSyntax(), encoded.description()),
                name + ": colour space of the decoded samples");
        assertEquals(reference.frames().size(), encoded.frames().size(), name + ": frames");
        long worst = 0;
        for (int n = 0; n < encoded.frames().size(); n++) {
            SampleImage decoded = PixelDecoders.forTransferSyntax(encoded.transferSyntax())
                    .decode(encoded.frames().get(n), encoded.description());
            assertEquals(encoded.description().bitsStored(), decoded.bitDepth(), name + ": precision is Bits Stored");
            assertEquals(encoded.description().signed(), decoded.signed(), name + ": Pixel Representation");
            long difference = Samples.maxDifference(reference.samples().get(n), decoded, name + " frame " + n);
            assertTrue(difference <= tolerance, name + " frame " + n + " differs by up to " + difference
                    + ", more than " + tolerance);
            worst = Math.max(worst, difference);
        }
        return worst;
    }
}
