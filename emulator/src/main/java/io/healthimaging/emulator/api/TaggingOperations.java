package io.healthimaging.emulator.api;

import io.healthimaging.emulator.protocol.Input;
import io.healthimaging.emulator.protocol.OperationHandler;
import io.healthimaging.emulator.protocol.Struct;
import io.healthimaging.emulator.service.TaggingService;
import java.util.Map;

/** TagResource, UntagResource and ListTagsForResource over the tagging service. */
public final class TaggingOperations {
    private final TaggingService tagging;

    public TaggingOperations(TaggingService tagging) {
        this.tagging = tagging;
    }

    public Map<String, OperationHandler> handlers() {
        return Map.of(
                "TagResource", this::tag,
                "UntagResource", this::untag,
                "ListTagsForResource", this::list);
    }

    private Struct tag(Input input) {
        tagging.tag(input.string("resourceArn"), input.stringMap("tags"));
        return Struct.of();
    }

    private Struct untag(Input input) {
        tagging.untag(input.string("resourceArn"), input.strings("tagKeys"));
        return Struct.of();
    }

    private Struct list(Input input) {
        return Struct.of().put("tags", tagging.list(input.string("resourceArn")));
    }
}
