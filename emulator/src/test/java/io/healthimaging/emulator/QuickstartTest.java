package io.healthimaging.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.medicalimaging.MedicalImagingClient;
import software.amazon.awssdk.services.medicalimaging.model.CreateDatastoreResponse;
import software.amazon.awssdk.services.medicalimaging.model.DatastoreStatus;

/** The README quickstart, verbatim apart from the port. */
class QuickstartTest {

    @Test
    void theReadmeQuickstartCreatesADataStore() throws InterruptedException {
        try (Emulator emulator = Emulator.builder().start()) {
            int port = emulator.port();
            // --- README quickstart begins ---
            MedicalImagingClient medicalImaging = MedicalImagingClient.builder()
                    .endpointOverride(URI.create("http://localhost:" + port))
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    // The SDK prepends "runtime-" to the host of image set operations; one endpoint serves all.
                    .overrideConfiguration(o -> o.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                    .build();

            CreateDatastoreResponse created = medicalImaging.createDatastore(r -> r.datastoreName("my-datastore"));
            String datastoreId = created.datastoreId();            // 32 characters, status CREATING
            DatastoreStatus status = created.datastoreStatus();
            while (status != DatastoreStatus.ACTIVE) {              // ACTIVE after about 100 ms
                Thread.sleep(50);
                status = medicalImaging.getDatastore(r -> r.datastoreId(datastoreId))
                        .datastoreProperties().datastoreStatus();
            }
            // --- README quickstart ends ---
            assertEquals(DatastoreStatus.ACTIVE, status);
            assertEquals("my-datastore", medicalImaging.getDatastore(r -> r.datastoreId(datastoreId))
                    .datastoreProperties().datastoreName());
            medicalImaging.close();
        }
    }
}
