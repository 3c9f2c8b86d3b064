package io.healthimaging.emulator;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator from the command line:
 * {@code java -jar healthimaging-emulator.jar [--port 4566] [--host ADDRESS] [--data-dir DIR]
 * [--region us-east-1] [--account-id 123456789012]}. Stops on SIGTERM or Ctrl-C.
 */
public final class EmulatorMain {
    static final int DEFAULT_PORT = 4566;

    private EmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Emulator.Builder builder;
        try {
            builder = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        Emulator emulator = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "emulator-shutdown"));
        System.out.println("HealthImaging emulator listening on " + emulator.endpoint() + " (region "
                + emulator.region() + ", account " + emulator.accountId() + ")");
        stopped.await();
    }

    static Emulator.Builder parse(String[] args) {
        Emulator.Builder builder = Emulator.builder().port(DEFAULT_PORT);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException("HealthImaging emulator");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(parsePort(value));
                case "--host" -> builder.host(value);
                case "--data-dir" -> builder.dataDirectory(Path.of(value));
                case "--region" -> builder.region(value);
                case "--account-id" -> builder.accountId(value);
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        return builder;
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a port number: " + value);
        }
    }

    static String usage() {
        return "Usage: java -jar healthimaging-emulator.jar [--port 4566] [--host ADDRESS] [--data-dir DIR]"
                + " [--region us-east-1] [--account-id 123456789012]";
    }
}
