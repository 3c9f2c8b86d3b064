package io.healthimaging.codec.htj2k.codestream;

import io.healthimaging.codec.htj2k.InvalidCodestreamException;
import io.healthimaging.codec.htj2k.UnsupportedCodestreamException;
import java.util.ArrayList;
import java.util.List;

/**
 * The coding parameters one header (the main header or all tile-part headers of one tile) declares,
 * before the precedence rules of A.6 combine them: tile COC > tile COD > main COC > main COD, and the
 * same for QCC/QCD.
 */
final class HeaderParameters {
    private final int components;
    private CodingStyle codingStyle;
    private ComponentCodingStyle defaultComponentStyle;
    private final ComponentCodingStyle[] componentStyles;
    private Quantization defaultQuantization;
    private final Quantization[] componentQuantizations;
    private final Integer[] roiShifts;
    private final List<ProgressionChange> progressionChanges = new ArrayList<>();

    HeaderParameters(int components) {
        this.components = components;
        this.componentStyles = new ComponentCodingStyle[components];
        this.componentQuantizations = new Quantization[components];
        this.roiShifts = new Integer[components];
    }

    private boolean wideComponentIndex() {
        return components >= 257;
    }

    void readCod(SegmentReader in) {
        int scod = in.u8();
        if ((scod & ~0x07) != 0) {
            throw new UnsupportedCodestreamException(
                    "COD Scod 0x" + Integer.toHexString(scod) + " uses Part 2 code-block partition options");
        }
        ProgressionOrder order = ProgressionOrder.of(in.u8(), "COD");
        int layers = in.u16();
        int mct = in.u8();
        if (layers == 0) {
            throw new InvalidCodestreamException("COD declares zero quality layers");
        }
        if (mct > 1) {
            throw new UnsupportedCodestreamException("COD declares multiple component transform " + mct
                    + " (Part 2); only none (0) and RCT/ICT (1) are supported");
        }
        codingStyle = new CodingStyle((scod & 0x02) != 0, (scod & 0x04) != 0, order, layers, mct == 1);
        defaultComponentStyle = ComponentCodingStyle.read(in, (scod & 0x01) != 0, "COD");
        requireConsumed(in, "COD");
    }

    void readCoc(SegmentReader in) {
        int c = componentIndex(in, "COC");
        int scoc = in.u8();
        componentStyles[c] = ComponentCodingStyle.read(in, (scoc & 0x01) != 0, "COC");
        requireConsumed(in, "COC");
    }

    void readQcd(SegmentReader in) {
        defaultQuantization = Quantization.read(in, "QCD");
    }

    void readQcc(SegmentReader in) {
        int c = componentIndex(in, "QCC");
        componentQuantizations[c] = Quantization.read(in, "QCC");
    }

    void readRgn(SegmentReader in) {
        int c = componentIndex(in, "RGN");
        int style = in.u8();
        int shift = in.u8();
        if (style != 0) {
            throw new InvalidCodestreamException("RGN declares ROI style " + style + "; only 0 (maxshift) exists");
        }
        roiShifts[c] = shift;
        requireConsumed(in, "RGN");
    }

    void readPoc(SegmentReader in) {
        int entryLength = wideComponentIndex() ? 9 : 7;
        if (in.remaining() == 0 || in.remaining() % entryLength != 0) {
            throw new InvalidCodestreamException("POC length " + in.remaining() + " is not a multiple of "
                    + entryLength);
        }
        while (in.remaining() > 0) {
            progressionChanges.add(ProgressionChange.read(in, wideComponentIndex(), "POC"));
        }
    }

    private int componentIndex(SegmentReader in, String where) {
        int c = wideComponentIndex() ? in.u16() : in.u8();
        if (c >= components) {
            throw new InvalidCodestreamException(where + " names component " + c + " of " + components);
        }
        return c;
    }

    private static void requireConsumed(SegmentReader in, String where) {
        if (in.remaining() != 0) {
            throw new InvalidCodestreamException(where + " marker segment is " + in.remaining()
                    + " byte(s) longer than its fields");
        }
    }

    void requireMainHeaderComplete() {
        if (codingStyle == null) {
            throw new InvalidCodestreamException("the main header has no COD marker segment");
        }
        if (defaultQuantization == null) {
            throw new InvalidCodestreamException("the main header has no QCD marker segment");
        }
    }

    /** Applies the precedence rules: this header's values where present, otherwise {@code main}'s. */
    TileParameters resolve(HeaderParameters main) {
        CodingStyle style = codingStyle != null ? codingStyle : main.codingStyle;
        List<ComponentCodingStyle> styles = new ArrayList<>(components);
        List<Quantization> quantizations = new ArrayList<>(components);
        int[] shifts = new int[components];
        for (int c = 0; c < components; c++) {
            ComponentCodingStyle componentStyle = firstPresent(componentStyles[c], defaultComponentStyle,
                    main.componentStyles[c], main.defaultComponentStyle);
            Quantization quantization = firstPresent(componentQuantizations[c], defaultQuantization,
                    main.componentQuantizations[c], main.defaultQuantization);
            if (!quantization.covers(componentStyle.levels())) {
                throw new InvalidCodestreamException("component " + c + " has " + componentStyle.levels()
                        + " decomposition levels but its quantization segment signals only "
                        + quantization.exponents().length + " subbands");
            }
            styles.add(componentStyle);
            quantizations.add(quantization);
            Integer shift = roiShifts[c] != null ? roiShifts[c] : main.roiShifts[c];
            shifts[c] = shift == null ? 0 : shift;
        }
        List<ProgressionChange> changes = progressionChanges.isEmpty() ? main.progressionChanges : progressionChanges;
        return new TileParameters(style, styles, quantizations, shifts, changes);
    }

    TileParameters resolveMain() {
        return resolve(this);
    }

    @SafeVarargs
    private static <T> T firstPresent(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        throw new IllegalStateException("main header checked complete");
    }
}
