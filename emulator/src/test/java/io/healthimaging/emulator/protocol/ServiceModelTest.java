package io.healthimaging.emulator.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthimaging.emulator.protocol.model.HttpBinding;
import io.healthimaging.emulator.protocol.model.OperationModel;
import io.healthimaging.emulator.protocol.model.ServiceModel;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceModelTest {
    private static final ServiceModel MODEL = ServiceModel.bundled();

    @Test
    void theBundledModelIsThePublishedOneByteForByte() throws Exception {
        try (InputStream in = ServiceModel.class.getResourceAsStream(ServiceModel.BUNDLED_MODEL)) {
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
            assertEquals("ce400542149ab0e760be56d12aa8ad077f27428eddd6a6265ed4ed8b31e1cc1c", sha256);
        }
    }

    @Test
    void allEighteenOperationsAreFoundIncludingThoseBoundOnlyThroughTheDatastoreResource() {
        List<String> names = MODEL.operations().stream().map(OperationModel::name).toList();
        assertEquals(18, names.size());
        assertTrue(names.containsAll(List.of("CreateDatastore", "GetDatastore", "ListDatastores", "DeleteDatastore")));
        OperationModel get = MODEL.operation("GetDatastore").orElseThrow();
        assertEquals("GET", get.method());
        assertEquals("/datastore/{datastoreId}", get.uri().toString());
        assertEquals("", get.hostPrefix());
        assertEquals("runtime-", MODEL.operation("GetImageFrame").orElseThrow().hostPrefix());
        assertEquals(Set.of("runtime-"), Set.copyOf(MODEL.operations().stream().map(OperationModel::hostPrefix)
                .filter(p -> !p.isEmpty()).toList()));
    }

    @Test
    void bindingsComeFromTheHttpTraits() {
        OperationModel update = MODEL.operation("UpdateImageSetMetadata").orElseThrow();
        assertEquals(List.of("latestVersion", "force", "includeStudyImageSets"),
                update.inputMembers(HttpBinding.QUERY).stream().map(m -> m.wireName()).toList());
        assertEquals("updateImageSetMetadataUpdates", update.inputPayload().orElseThrow().name());
        OperationModel metadata = MODEL.operation("GetImageSetMetadata").orElseThrow();
        assertTrue(metadata.outputPayload().orElseThrow().target().isStreaming());
        assertEquals(List.of("Content-Type", "Content-Encoding"),
                metadata.outputMembers(HttpBinding.HEADER).stream().map(m -> m.wireName()).toList());
        assertEquals("version", MODEL.operation("GetImageSet").orElseThrow().inputMembers(HttpBinding.QUERY).get(0).wireName());
    }

    @Test
    void errorStatusesAreThoseOfTheModel() {
        assertEquals(402, MODEL.errorStatus("ServiceQuotaExceededException").getAsInt());
        assertEquals(409, MODEL.errorStatus("ConflictException").getAsInt());
        assertEquals(406, MODEL.errorStatus("NotAcceptableException").getAsInt());
        assertEquals(400, MODEL.errorStatus("BadRequestException").getAsInt());
        assertEquals(500, MODEL.errorStatus("InternalServerException").getAsInt());
        assertTrue(MODEL.errorStatus("SerializationException").isEmpty());
    }
}
