package io.healthimaging.codec.htj2k.codestream;

import java.util.List;

/**
 * The coding parameters in force for one tile after the precedence rules of A.6.
 *
 * @param roiShifts the RGN maxshift value per component (0 without region of interest)
 * @param progressionChanges the POC progressions, empty when the tile follows {@code style.progression()}
 */
public record TileParameters(
        CodingStyle style,
        List<ComponentCodingStyle> components,
        List<Quantization> quantizations,
        int[] roiShifts,
        List<ProgressionChange> progressionChanges) {

    public TileParameters {
        components = List.copyOf(components);
        quantizations = List.copyOf(quantizations);
        roiShifts = roiShifts.clone();
        progressionChanges = List.copyOf(progressionChanges);
    }

    public ComponentCodingStyle component(int c) {
        return components.get(c);
    }

    public Quantization quantization(int c) {
        return quantizations.get(c);
    }

    public int roiShift(int c) {
        return roiShifts[c];
    }
}
