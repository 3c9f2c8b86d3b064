package io.healthimaging.emulator;

import io.healthimaging.emulator.admin.AdminApi;
import io.healthimaging.emulator.admin.EmulatorInfo;
import io.healthimaging.emulator.api.DatastoreOperations;
import io.healthimaging.emulator.api.DicomWebOperations;
import io.healthimaging.emulator.api.TaggingOperations;
import io.healthimaging.emulator.domain.IdGenerator;
import io.healthimaging.emulator.domain.ImageSetCatalog;
import io.healthimaging.emulator.events.DatastoreEvents;
import io.healthimaging.emulator.events.EventLog;
import io.healthimaging.emulator.protocol.OperationHandler;
import io.healthimaging.emulator.protocol.RestJsonService;
import io.healthimaging.emulator.protocol.model.ServiceModel;
import io.healthimaging.emulator.protocol.routing.RouteTable;
import io.healthimaging.emulator.s3.EmbeddedS3;
import io.healthimaging.emulator.s3.S3Endpoint;
import io.healthimaging.emulator.server.HttpServer;
import io.healthimaging.emulator.service.DatastoreService;
import io.healthimaging.emulator.service.TaggingService;
import io.healthimaging.emulator.storage.EmulatorState;
import io.healthimaging.emulator.storage.JsonFilePersistence;
import io.healthimaging.emulator.storage.StatePersistence;
import io.healthimaging.emulator.storage.StateSnapshot;
import io.healthimaging.emulator.workflow.WorkflowScheduler;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An AWS HealthImaging emulator serving the medical-imaging API, DICOMweb, S3 and its admin API on one HTTP
 * port. Start one with {@link #builder()}; close it to stop.
 */
public final class Emulator implements AutoCloseable {
    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";

    private final String region;
    private final String accountId;
    private final EmulatorState state;
    private final WorkflowScheduler scheduler;
    private final EventLog events;
    private final EmbeddedS3 s3;
    private final HttpServer server;

    private Emulator(Builder builder) {
        this.region = builder.region;
        this.accountId = builder.accountId;
        ServiceModel model = ServiceModel.bundled();
        StatePersistence persistence = builder.dataDirectory == null ? StatePersistence.inMemory()
                : new JsonFilePersistence(builder.dataDirectory);
        this.state = new EmulatorState(persistence);
        this.scheduler = new WorkflowScheduler(builder.transitionDelay);
        this.events = new EventLog();
        this.s3 = builder.dataDirectory == null ? EmbeddedS3.inMemory()
                : EmbeddedS3.inDirectory(builder.dataDirectory.resolve("s3"));

        ImageSetCatalog imageSets = ImageSetCatalog.none();
        DatastoreService datastores = new DatastoreService(state, scheduler,
                new DatastoreEvents(events, accountId, region), builder.clock, builder.ids, imageSets, region,
                accountId, builder.deletedDatastoreRetention);
        datastores.resumeTransitions();
        TaggingService tagging = new TaggingService(state, datastores, imageSets, region, accountId);
        DicomWebOperations dicomWeb = new DicomWebOperations(datastores, imageSets);

        Map<String, OperationHandler> handlers = new HashMap<>();
        handlers.putAll(new DatastoreOperations(datastores).handlers());
        handlers.putAll(new TaggingOperations(tagging).handlers());
        RouteTable routes = RouteTable.of(model.operations(), List.of(DicomWebOperations.ROUTE));
        RestJsonService api = new RestJsonService(model, routes, handlers, dicomWeb.handlers());
        AdminApi admin = new AdminApi(new EmulatorInfo(EmulatorVersion.current(), model.serviceName(),
                model.version(), region, accountId), this::reset, events, scheduler, routes);
        this.server = HttpServer.start(builder.host, builder.port, api, new S3Endpoint(s3), admin::register);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The endpoint to give AWS SDK clients, for example {@code http://localhost:4566}. */
    public URI endpoint() {
        return URI.create("http://localhost:" + port());
    }

    public int port() {
        return server.port();
    }

    public String region() {
        return region;
    }

    public String accountId() {
        return accountId;
    }

    /** The EventBridge events recorded so far. */
    public EventLog events() {
        return events;
    }

    /** Forgets all state: data stores, tags, client tokens, pending transitions, events and S3 buckets. */
    public void reset() {
        scheduler.cancelAll();
        state.restore(StateSnapshot.empty());
        events.clear();
        s3.reset();
    }

    /** Stops the server (letting requests in flight finish) and the scheduler; persisted state stays on disk. */
    @Override
    public void close() {
        server.close();
        scheduler.close();
    }

    /** Configures and starts an {@link Emulator}. */
    public static final class Builder {
        private String host;
        private int port;
        private String region = DEFAULT_REGION;
        private String accountId = DEFAULT_ACCOUNT_ID;
        private Path dataDirectory;
        private Clock clock = Clock.systemUTC();
        private IdGenerator ids = IdGenerator.random();
        private Duration transitionDelay = Duration.ofMillis(100);
        private Duration deletedDatastoreRetention = Duration.ofHours(1);

        private Builder() {
        }

        /** The port to listen on; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** The address to bind; by default every interface. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder region(String region) {
            if (!region.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("Not a region name: " + region);
            }
            this.region = region;
            return this;
        }

        public Builder accountId(String accountId) {
            if (!accountId.matches("[0-9]{12}")) {
                throw new IllegalArgumentException("An account ID has 12 digits: " + accountId);
            }
            this.accountId = accountId;
            return this;
        }

        /** Keeps state and S3 objects in this directory across restarts; by default everything is in memory. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** The clock of every timestamp the emulator hands out. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** The source of resource IDs (32 characters of {@code [0-9a-z]}). */
        public Builder idGenerator(IdGenerator ids) {
            this.ids = Objects.requireNonNull(ids);
            return this;
        }

        /** How long asynchronous transitions (CREATING to ACTIVE, ...) take; 100 ms by default. */
        public Builder transitionDelay(Duration delay) {
            this.transitionDelay = Objects.requireNonNull(delay);
            return this;
        }

        /** How long a DELETED data store stays visible to Get and List; one hour by default. */
        public Builder deletedDatastoreRetention(Duration retention) {
            this.deletedDatastoreRetention = Objects.requireNonNull(retention);
            return this;
        }

        public Emulator start() {
            return new Emulator(this);
        }
    }
}
