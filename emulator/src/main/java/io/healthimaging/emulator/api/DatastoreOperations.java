package io.healthimaging.emulator.api;

import io.healthimaging.emulator.domain.Datastore;
import io.healthimaging.emulator.domain.DatastoreStatus;
import io.healthimaging.emulator.domain.LosslessStorageFormat;
import io.healthimaging.emulator.protocol.Input;
import io.healthimaging.emulator.protocol.OperationHandler;
import io.healthimaging.emulator.protocol.Struct;
import io.healthimaging.emulator.service.DatastorePage;
import io.healthimaging.emulator.service.DatastoreService;
import io.healthimaging.emulator.service.NewDatastore;
import java.util.Map;

/** CreateDatastore, GetDatastore, ListDatastores and DeleteDatastore over the data store service. */
public final class DatastoreOperations {
    private final DatastoreService datastores;

    public DatastoreOperations(DatastoreService datastores) {
        this.datastores = datastores;
    }

    public Map<String, OperationHandler> handlers() {
        return Map.of(
                "CreateDatastore", this::create,
                "GetDatastore", this::get,
                "ListDatastores", this::list,
                "DeleteDatastore", this::delete);
    }

    private Struct create(Input input) {
        Datastore created = datastores.create(new NewDatastore(
                input.string("clientToken"),
                input.string("datastoreName"),
                input.stringMap("tags"),
                input.string("kmsKeyArn"),
                input.string("lambdaAuthorizerArn"),
                input.optionalString("losslessStorageFormat").map(LosslessStorageFormat::valueOf).orElse(null)));
        return statusOf(created);
    }

    private Struct get(Input input) {
        Datastore d = datastores.get(input.string("datastoreId"));
        return Struct.of().put("datastoreProperties", Struct.of()
                .put("datastoreId", d.id())
                .put("datastoreName", d.name())
                .put("datastoreStatus", d.status())
                .put("kmsKeyArn", d.kmsKeyArn())
                .put("lambdaAuthorizerArn", d.lambdaAuthorizerArn())
                .put("losslessStorageFormat", d.losslessStorageFormat())
                .put("datastoreArn", d.arn())
                .put("createdAt", d.createdAt())
                .put("updatedAt", d.updatedAt()));
    }

    private Struct list(Input input) {
        DatastorePage page = datastores.list(
                input.optionalString("datastoreStatus").map(DatastoreStatus::valueOf).orElse(null),
                input.integer("maxResults"),
                input.string("nextToken"));
        return Struct.of()
                .put("datastoreSummaries", page.datastores().stream().map(d -> Struct.of()
                        .put("datastoreId", d.id())
                        .put("datastoreName", d.name())
                        .put("datastoreStatus", d.status())
                        .put("datastoreArn", d.arn())
                        .put("createdAt", d.createdAt())
                        .put("updatedAt", d.updatedAt())).toList())
                .put("nextToken", page.nextToken());
    }

    private Struct delete(Input input) {
        return statusOf(datastores.delete(input.string("datastoreId")));
    }

    private static Struct statusOf(Datastore datastore) {
        return Struct.of().put("datastoreId", datastore.id()).put("datastoreStatus", datastore.status());
    }
}
