package io.healthimaging.codec.metadata;

/** Where an attribute sits in the image set metadata document. */
public enum MetadataLevel {
    PATIENT, STUDY, SERIES, INSTANCE
}
