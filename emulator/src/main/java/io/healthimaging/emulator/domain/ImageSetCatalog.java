package io.healthimaging.emulator.domain;

/**
 * What the data store and tagging services need to know about image sets. Image sets are created by imports
 * (a later part of the emulator), which provides the catalog; until then there are none.
 */
public interface ImageSetCatalog {

    /** Whether a data store still holds image sets, which forbids deleting it. */
    boolean hasImageSets(String datastoreId);

    /** Whether an image set exists (and is not deleted) in a data store. */
    boolean exists(String datastoreId, String imageSetId);

    /** The catalog of an emulator in which nothing has created image sets. */
    static ImageSetCatalog none() {
        return new ImageSetCatalog() {
            @Override
            public boolean hasImageSets(String datastoreId) {
                return false;
            }

            @Override
            public boolean exists(String datastoreId, String imageSetId) {
                return false;
            }
        };
    }
}
