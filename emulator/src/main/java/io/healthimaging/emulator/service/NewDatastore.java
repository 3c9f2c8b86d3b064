package io.healthimaging.emulator.service;

import io.healthimaging.emulator.domain.LosslessStorageFormat;
import java.util.Map;
import java.util.TreeMap;

/** The parameters of a CreateDatastore request; {@code name} and the ARNs may be null. */
public record NewDatastore(String clientToken, String name, Map<String, String> tags, String kmsKeyArn,
                           String lambdaAuthorizerArn, LosslessStorageFormat losslessStorageFormat) {

    /** Everything but the client token, in a stable form, to tell a retry from a different request. */
    String parameters() {
        return "name=" + name + "|format=" + losslessStorageFormat + "|kms=" + kmsKeyArn + "|lambda="
                + lambdaAuthorizerArn + "|tags=" + new TreeMap<>(tags);
    }
}
