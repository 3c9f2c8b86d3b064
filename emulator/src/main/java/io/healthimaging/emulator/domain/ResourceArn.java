package io.healthimaging.emulator.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ARN of a taggable resource: a data store ({@code ...:datastore/<id>}) or an image set
 * ({@code ...:datastore/<id>/imageset/<id>}; lower-case "imageset" in ARNs, unlike the URIs).
 */
public record ResourceArn(String partition, String region, String account, String datastoreId, String imageSetId) {
    private static final Pattern FORM = Pattern.compile(
            "^arn:(aws[a-z-]*):medical-imaging:([a-z0-9-]+):([0-9]{12}):datastore/([0-9a-z]{32})(?:/imageset/([0-9a-z]{32}))?$");

    public static ResourceArn datastore(String region, String account, String datastoreId) {
        return new ResourceArn("aws", region, account, datastoreId, null);
    }

    public static Optional<ResourceArn> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ResourceArn(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
    }

    public boolean isImageSet() {
        return imageSetId != null;
    }

    @Override
    public String toString() {
        return "arn:" + partition + ":medical-imaging:" + region + ":" + account + ":datastore/" + datastoreId
                + (imageSetId == null ? "" : "/imageset/" + imageSetId);
    }
}
