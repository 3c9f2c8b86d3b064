package io.healthimaging.emulator.service;

/** At most 50 tags per resource (documented for HealthImaging resources). */
final class TagLimit {
    static final int MAX_TAGS_PER_RESOURCE = 50;

    private TagLimit() {
    }

    /**
     * A ValidationException, not ServiceQuotaExceededException: TagResource does not declare the latter, so
     * the SDKs could not map it, while every operation declares ValidationException.
     */
    static void check(int tagCount) {
        if (tagCount > MAX_TAGS_PER_RESOURCE) {
            throw ServiceException.validation("A resource can have at most " + MAX_TAGS_PER_RESOURCE
                    + " tags; this request would leave it with " + tagCount);
        }
    }
}
