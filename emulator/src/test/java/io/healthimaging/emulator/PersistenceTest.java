package io.healthimaging.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.medicalimaging.MedicalImagingClient;
import software.amazon.awssdk.services.medicalimaging.model.DatastoreStatus;
import software.amazon.awssdk.services.s3.S3Client;

class PersistenceTest {

    @Test
    void dataStoresTagsAndObjectsSurviveARestartWithTheSameDataDirectory(@TempDir Path dataDir) {
        String id;
        String arn;
        try (Emulator first = Emulator.builder().dataDirectory(dataDir).transitionDelay(Duration.ofHours(1)).start();
             MedicalImagingClient client = SdkClients.medicalImaging(first);
             S3Client s3 = SdkClients.s3(first, true)) {
            id = client.createDatastore(b -> b.datastoreName("kept").clientToken("kept-token")
                    .tags(Map.of("k", "v"))).datastoreId();
            arn = client.getDatastore(b -> b.datastoreId(id)).datastoreProperties().datastoreArn();
            s3.createBucket(b -> b.bucket("kept-bucket"));
            s3.putObject(b -> b.bucket("kept-bucket").key("in/a.dcm"), RequestBody.fromString("dicom"));
        }
        assertTrue(Files.exists(dataDir.resolve("state.json")));

        try (Emulator second = Emulator.builder().dataDirectory(dataDir).start();
             MedicalImagingClient client = SdkClients.medicalImaging(second);
             S3Client s3 = SdkClients.s3(second, true)) {
            assertEquals("kept", client.getDatastore(b -> b.datastoreId(id)).datastoreProperties().datastoreName());
            // The transition that was pending at shutdown resumes after the restart.
            Poll.until(() -> client.getDatastore(b -> b.datastoreId(id)).datastoreProperties().datastoreStatus(),
                    s -> s == DatastoreStatus.ACTIVE, "ACTIVE after restart");
            assertEquals(Map.of("k", "v"), client.listTagsForResource(b -> b.resourceArn(arn)).tags());
            assertEquals(id, client.createDatastore(b -> b.datastoreName("kept").clientToken("kept-token").tags(Map.of("k", "v")))
                    .datastoreId());
            assertEquals("dicom", s3.getObjectAsBytes(b -> b.bucket("kept-bucket").key("in/a.dcm")).asUtf8String());
        }
    }
}
