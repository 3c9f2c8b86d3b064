package io.healthimaging.emulator.domain;

/** How a data store keeps lossless frames; HTJ2K unless the data store was created otherwise. */
public enum LosslessStorageFormat {
    HTJ2K, JPEG_2000_LOSSLESS
}
