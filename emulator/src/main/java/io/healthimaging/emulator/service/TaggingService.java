package io.healthimaging.emulator.service;

import io.healthimaging.emulator.domain.ImageSetCatalog;
import io.healthimaging.emulator.domain.ResourceArn;
import io.healthimaging.emulator.storage.EmulatorState;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Tags of data stores and image sets, addressed by ARN. A resource must exist in this emulator's account and
 * region (a deleted data store no longer does); otherwise the answer is ResourceNotFoundException.
 */
public final class TaggingService {
    private final EmulatorState state;
    private final DatastoreService datastores;
    private final ImageSetCatalog imageSets;
    private final String region;
    private final String account;

    public TaggingService(EmulatorState state, DatastoreService datastores, ImageSetCatalog imageSets, String region,
                          String account) {
        this.state = state;
        this.datastores = datastores;
        this.imageSets = imageSets;
        this.region = region;
        this.account = account;
    }

    public Map<String, String> list(String resourceArn) {
        return state.tags(resolve(resourceArn));
    }

    public void tag(String resourceArn, Map<String, String> tags) {
        state.change(() -> {
            String arn = resolve(resourceArn);
            Map<String, String> merged = new HashMap<>(state.tags(arn));
            merged.putAll(tags);
            TagLimit.check(merged.size());
            state.putTags(arn, merged);
            return null;
        });
    }

    public void untag(String resourceArn, Collection<String> tagKeys) {
        state.change(() -> {
            String arn = resolve(resourceArn);
            Map<String, String> remaining = new HashMap<>(state.tags(arn));
            tagKeys.forEach(remaining::remove);
            state.putTags(arn, remaining);
            return null;
        });
    }

    /** The canonical ARN of an existing resource. */
    private String resolve(String resourceArn) {
        ResourceArn arn = ResourceArn.parse(resourceArn)
                .filter(a -> a.partition().equals("aws") && a.region().equals(region) && a.account().equals(account))
                .orElseThrow(() -> notFound(resourceArn));
        if (datastores.existing(arn.datastoreId()).isEmpty()
                || arn.isImageSet() && !imageSets.exists(arn.datastoreId(), arn.imageSetId())) {
            throw notFound(resourceArn);
        }
        return arn.toString();
    }

    private static ServiceException notFound(String resourceArn) {
        return ServiceException.notFound("Resource " + resourceArn + " does not exist");
    }
}
