package io.healthimaging.emulator;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.medicalimaging.MedicalImagingClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Real AWS SDK v2 clients pointed at an emulator, configured as a user would. */
final class SdkClients {
    static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "any-secret"));

    private SdkClients() {
    }

    /** Host-prefix injection off: the runtime- operations go to the same host as the others. */
    static MedicalImagingClient medicalImaging(Emulator emulator) {
        return medicalImaging(emulator.endpoint());
    }

    static MedicalImagingClient medicalImaging(URI endpoint) {
        return MedicalImagingClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS)
                .overrideConfiguration(c -> c.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .build();
    }

    static S3Client s3(Emulator emulator, boolean forcePathStyle) {
        return S3Client.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS)
                .forcePathStyle(forcePathStyle)
                .build();
    }
}
