package io.healthimaging.codec.dicom.dictionary;

import io.healthimaging.codec.dicom.VR;

/**
 * What PS3.6 says about one attribute.
 *
 * @param tag the tag looked up (for a repeating group such as (60xx,3000), the concrete one)
 * @param keyword the PS3.6 keyword, for example {@code PatientName}
 * @param vrs the VR as PS3.6 writes it: one code, or alternatives such as {@code US or SS}
 * @param vm the value multiplicity: {@code 1}, {@code 2}, {@code 1-n}, {@code 2-2n}, ...
 * @param retired whether the attribute is retired
 */
public record DictionaryEntry(int tag, String keyword, String vrs, String vm, boolean retired) {

    /** The VR an implicit-VR data set uses: the first alternative, except OW for Pixel Data and similar words. */
    public VR vr() {
        if (vrs.length() == 2) {
            return VR.forCode(vrs);
        }
        if (vrs.startsWith("OB or OW")) {
            return VR.OW;
        }
        return VR.forCode(vrs.substring(0, 2));
    }

    /** The VR depends on other attributes (for example {@code US or SS} on Pixel Representation). */
    public boolean ambiguousVr() {
        return vrs.length() != 2;
    }

    /** More than one value is allowed (or required): any VM other than {@code 1}. */
    public boolean multiValued() {
        return !"1".equals(vm);
    }
}
