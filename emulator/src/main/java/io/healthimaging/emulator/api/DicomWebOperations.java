package io.healthimaging.emulator.api;

import io.healthimaging.emulator.domain.ImageSetCatalog;
import io.healthimaging.emulator.protocol.ApiRequest;
import io.healthimaging.emulator.protocol.ApiResponse;
import io.healthimaging.emulator.protocol.InputValidator;
import io.healthimaging.emulator.protocol.ProtocolException;
import io.healthimaging.emulator.protocol.QueryParameters;
import io.healthimaging.emulator.protocol.RawOperationHandler;
import io.healthimaging.emulator.protocol.Violation;
import io.healthimaging.emulator.protocol.model.UriTemplate;
import io.healthimaging.emulator.protocol.routing.Route;
import io.healthimaging.emulator.service.DatastoreService;
import io.healthimaging.emulator.service.ServiceException;
import java.util.List;
import java.util.Map;

/**
 * The DICOMweb WADO-RS path (GetDICOMInstance), which the Smithy model does not describe: signed like the API,
 * served on the {@code dicom-} host. It answers as the service does for data stores and image sets that do not
 * exist; serving the instance itself comes with image sets.
 */
public final class DicomWebOperations {
    public static final String GET_DICOM_INSTANCE = "GetDICOMInstance";
    public static final Route ROUTE = new Route("GET", UriTemplate.parse(
            "/datastore/{datastoreId}/studies/{studyInstanceUID}/series/{seriesInstanceUID}/instances/{sopInstanceUID}"),
            "dicom-", GET_DICOM_INSTANCE);

    private final DatastoreService datastores;
    private final ImageSetCatalog imageSets;

    public DicomWebOperations(DatastoreService datastores, ImageSetCatalog imageSets) {
        this.datastores = datastores;
        this.imageSets = imageSets;
    }

    public Map<String, RawOperationHandler> handlers() {
        return Map.of(GET_DICOM_INSTANCE, this::getInstance);
    }

    private ApiResponse getInstance(ApiRequest request, Map<String, String> labels) {
        String imageSetId = QueryParameters.parse(request.rawQuery()).first("imageSetId");
        if (imageSetId == null) {
            throw ServiceException.validation(InputValidator.message(List.of(
                    new Violation("imageSetId", null, true, "Member must not be null"))));
        }
        String datastoreId = labels.get("datastoreId");
        if (datastores.existing(datastoreId).isEmpty()) {
            throw ServiceException.notFound("Data store " + datastoreId + " does not exist");
        }
        if (!imageSets.exists(datastoreId, imageSetId)) {
            throw ServiceException.notFound("Image set " + imageSetId + " does not exist in data store "
                    + datastoreId);
        }
        throw new ProtocolException("NotImplementedException", 501,
                GET_DICOM_INSTANCE + " of an existing image set is not implemented by this emulator version yet");
    }
}
