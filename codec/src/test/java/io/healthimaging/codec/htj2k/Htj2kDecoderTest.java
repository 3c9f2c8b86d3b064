package io.healthimaging.codec.htj2k;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.healthimaging.codec.image.SampleImage;
import io.healthimaging.codec.testing.OpenJph;
import io.healthimaging.codec.testing.OpenJpeg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Decodes codestreams made by OpenJPH with varied options and compares with OpenJPEG's decode. */
class Htj2kDecoderTest {
    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.healthimaging.codec.testing.OpenJphCases#all")
    void decodesLikeOpenJpeg(String name, SampleImage image, String[] options) throws IOException {
        Path file = OpenJph.compress(image, directory, "case", options);
        byte[] codestream = Files.readAllBytes(file);
        List<DecodedComponent> ours = new Htj2kDecoder().decodeComponents(codestream, 0);
        List<int[]> reference = OpenJpeg.decodeLike(file, 0, ours);
        assertEquals(reference.size(), ours.size());
        for (int c = 0; c < ours.size(); c++) {
            assertArrayEquals(reference.get(c), ours.get(c).samples(), "component " + c);
        }
    }
}
