package io.healthimaging.codec.dicom.io;

import io.healthimaging.codec.dicom.VR;

/**
 * Where the top-level Pixel Data value starts, as the data set reader leaves it for frame access.
 *
 * @param vr OB or OW as encoded (OW for implicit VR)
 * @param length the value length, or {@code -1} when undefined: encapsulated fragments follow
 * @param valuePosition offset of the first value byte (of the first item, when encapsulated) in the input
 *     the data set was read from: the file, or the inflated stream of a deflated file
 */
record PixelDataHeader(int tag, VR vr, long length, long valuePosition) {
    boolean encapsulated() {
        return length < 0;
    }
}
