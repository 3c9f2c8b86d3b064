package io.healthimaging.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.healthimaging.emulator.protocol.model.ServiceModel;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Start-up time and GetDatastore throughput, each next to a reference measured in the same run: a bare
 * Javalin server (same Jetty, same settings that matter) answering a constant JSON body.
 * Run with {@code mvn -Pbenchmark -pl emulator -am verify}.
 */
@Tag("benchmark")
class EmulatorBenchmarkTest {
    private static final int STARTS = 7;
    private static final int CLIENTS = 16;
    private static final Duration WARMUP = Duration.ofSeconds(2);
    private static final Duration MEASURE = Duration.ofSeconds(5);
    private static final String CONSTANT = "{\"datastoreProperties\":{\"datastoreId\":\"0123456789abcdef0123456789abcdef\"}}";

    @Test
    void startToFirstAnsweredRequest() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long model = median(STARTS, () -> {
            long t = System.nanoTime();
            ServiceModel.bundled();
            return System.nanoTime() - t;
        });
        long emulator = median(STARTS, () -> timeToFirstAnswer(http, () -> {
            Emulator e = Emulator.builder().start();
            return new Running(e.port(), "/datastore", e::close);
        }));
        long bare = median(STARTS, () -> timeToFirstAnswer(http, () -> {
            Javalin j = bareJavalin();
            return new Running(j.port(), "/datastore", j::stop);
        }));
        System.out.printf("BENCHMARK start-to-first-answer: emulator %.1f ms, bare Javalin %.1f ms, ratio %.2f;"
                + " model load %.1f ms (%.0f%% of the emulator's start)%n", emulator / 1e6, bare / 1e6,
                (double) emulator / bare, model / 1e6, 100.0 * model / emulator);
    }

    @Test
    void getDatastoreRequestsPerSecond() throws Exception {
        try (Emulator emulator = Emulator.builder().start(); var client = SdkClients.medicalImaging(emulator)) {
            String id = client.createDatastore(b -> b.datastoreName("bench")).datastoreId();
            double emulatorRps = throughput(emulator.port(), "/datastore/" + id);
            Javalin bare = bareJavalin();
            double bareRps;
            try {
                bareRps = throughput(bare.port(), "/datastore/" + id);
            } finally {
                bare.stop();
            }
            System.out.printf("BENCHMARK GetDatastore over HTTP, %d concurrent clients, %d cores: emulator %.0f req/s,"
                    + " bare Javalin constant JSON %.0f req/s, ratio %.2f%n", CLIENTS,
                    Runtime.getRuntime().availableProcessors(), emulatorRps, bareRps, emulatorRps / bareRps);
        }
    }

    private record Running(int port, String path, Runnable stop) {
    }

    private static Javalin bareJavalin() {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            config.jetty.port = 0;
            config.routes.get("/*", ctx -> ctx.contentType("application/json").result(CONSTANT));
        }).start();
    }

    private static long timeToFirstAnswer(HttpClient http, Supplier<Running> start) {
        long t = System.nanoTime();
        Running running = start.get();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + running.port() + running.path())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            return System.nanoTime() - t;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            running.stop().run();
        }
    }

    private static long median(int runs, Supplier<Long> measure) {
        measure.get(); // warm-up: class loading and JIT of the first run are not start-up of a warm JVM
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(measure.get());
        }
        times.sort(Long::compare);
        return times.get(runs / 2);
    }

    /** Requests per second answered 200 by CLIENTS threads, each with its own keep-alive connection. */
    private static double throughput(int port, String path) throws Exception {
        URI uri = URI.create("http://localhost:" + port + path);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            run(pool, uri, WARMUP);
            return run(pool, uri, MEASURE) / (MEASURE.toNanos() / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long run(ExecutorService pool, URI uri, Duration duration) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<Long>> counts = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            counts.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpRequest request = HttpRequest.newBuilder(uri).build();
                long n = 0;
                while (!stop.get()) {
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode());
                    }
                    n++;
                }
                return n;
            }));
        }
        Thread.sleep(duration.toMillis());
        stop.set(true);
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        return total;
    }
}
