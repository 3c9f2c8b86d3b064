package io.healthimaging.codec.htj2k;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.healthimaging.codec.htj2k.codestream.LayerAssignment;
import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.testing.OpenJpeg;
import io.healthimaging.codec.testing.TestImages;
import io.healthimaging.codec.testing.TestImages.Content;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codestreams with several quality layers decode completely. */
class LayeredCodestreamTest {
    @TempDir
    Path directory;

    private final SampleImage image = TestImages.of(Content.ANATOMY, 300, 220, 3, 12, false, 21);

    @Test
    void codeBlocksJoiningInDifferentLayersDecodeLikeOpenJpeg() throws IOException {
        Htj2kEncoder encoder = new Htj2kEncoder(Htj2kEncoderOptions.defaults().withRefinementPasses());
        byte[] codestream = encoder.encode(image, 3, (component, resolution, precinct) -> new LayerAssignment() {
            @Override
            public int cleanupLayer(int band, int block) {
                return (component + resolution + band + block) % 3;
            }

            @Override
            public int refinementLayer(int band, int block) {
                return cleanupLayer(band, block);
            }
        });
        Path file = directory.resolve("layers.j2c");
        Files.write(file, codestream);

        assertEquals(image, new Htj2kDecoder().decode(codestream));
        int[] widths = {300, 300, 300};
        int[] heights = {220, 220, 220};
        List<int[]> openJpeg = OpenJpeg.decode(file, 0, widths, heights);
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(image.plane(c), openJpeg.get(c), "component " + c);
        }
    }

    /**
     * 15444-15 B.3: after a block's cleanup pass, its SigProp and MagRef passes form one codeword
     * segment whatever layer carries them. OpenJPEG 2.5.0 parses a later layer's passes as if they
     * continued the cleanup segment and rejects these codestreams, and OpenJPH 0.9.0 reads only one
     * layer, so the original samples are the reference here.
     */
    @Test
    void refinementPassesInTheLayerAfterTheirCleanupPassComplete() {
        Htj2kEncoder encoder = new Htj2kEncoder(Htj2kEncoderOptions.defaults().withRefinementPasses());
        byte[] codestream = encoder.encode(image, 3, (component, resolution, precinct) -> new LayerAssignment() {
            @Override
            public int cleanupLayer(int band, int block) {
                return block % 2;
            }

            @Override
            public int refinementLayer(int band, int block) {
                return cleanupLayer(band, block) + 1;
            }
        });
        assertEquals(image, new Htj2kDecoder().decode(codestream));
    }
}
