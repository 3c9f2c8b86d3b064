package io.healthimaging.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.medicalimaging.MedicalImagingClient;
import software.amazon.awssdk.services.medicalimaging.model.MedicalImagingException;

/** The SDK's host prefixes stay on here: runtime- operations really go to runtime-localhost. */
class HostPrefixRoutingTest {

    @Test
    void runtimeOperationsSentToTheRuntimeHostAreRoutedToTheirOperation() {
        LoopbackDns dns = new LoopbackDns();
        try (Emulator emulator = Emulator.builder().start();
             MedicalImagingClient client = MedicalImagingClient.builder()
                     .endpointOverride(emulator.endpoint())
                     .region(Region.US_EAST_1)
                     .credentialsProvider(SdkClients.CREDENTIALS)
                     .httpClientBuilder(ApacheHttpClient.builder().dnsResolver(dns))
                     .build()) {
            String id = client.createDatastore(b -> b.datastoreName("hosts")).datastoreId();
            MedicalImagingException e = assertThrows(MedicalImagingException.class,
                    () -> client.getImageSet(b -> b.datastoreId(id).imageSetId("0123456789abcdef0123456789abcdef")));
            assertTrue(e.getMessage().contains("GetImageSet is routed and validated"), e.getMessage());
            assertEquals(501, e.statusCode());
            assertTrue(dns.resolved().contains("localhost"), dns.resolved().toString());
            assertTrue(dns.resolved().contains("runtime-localhost"), dns.resolved().toString());
        }
    }

    @Test
    void theDicomWebPathAnswersNotFoundForUnknownDataStoresAndImageSets() throws Exception {
        try (Emulator emulator = Emulator.builder().start();
             MedicalImagingClient client = SdkClients.medicalImaging(emulator)) {
            String id = client.createDatastore(b -> b.datastoreName("dicom")).datastoreId();
            HttpClient http = HttpClient.newHttpClient();
            String instance = "/studies/1.2.3/series/1.2.3.4/instances/1.2.3.4.5?imageSetId=0123456789abcdef0123456789abcdef";

            HttpResponse<String> unknownImageSet = http.send(HttpRequest.newBuilder(
                    URI.create(emulator.endpoint() + "/datastore/" + id + instance))
                    .header("Accept", "application/dicom; transfer-syntax=1.2.840.10008.1.2.1").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, unknownImageSet.statusCode());
            assertEquals("ResourceNotFoundException", unknownImageSet.headers().firstValue("X-Amzn-Errortype").orElseThrow());
            assertTrue(unknownImageSet.body().contains("Image set 0123456789abcdef0123456789abcdef does not exist"));

            HttpResponse<String> unknownDatastore = http.send(HttpRequest.newBuilder(
                    URI.create(emulator.endpoint() + "/datastore/ffffffffffffffffffffffffffffffff" + instance)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, unknownDatastore.statusCode());
            assertTrue(unknownDatastore.body().contains("Data store ffffffffffffffffffffffffffffffff does not exist"));

            HttpResponse<String> noImageSet = http.send(HttpRequest.newBuilder(URI.create(emulator.endpoint()
                    + "/datastore/" + id + "/studies/1/series/2/instances/3")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, noImageSet.statusCode());
            assertTrue(noImageSet.body().contains("Value null at 'imageSetId' failed to satisfy constraint: Member must not be null"));
        }
    }
}
