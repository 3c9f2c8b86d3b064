package io.healthimaging.emulator;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls like an SDK waiter: until a condition holds, with a bound so a broken emulator fails instead of hanging. */
final class Poll {
    private Poll() {
    }

    static <T> T until(Supplier<T> probe, java.util.function.Predicate<T> done, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                fail("Timed out waiting for " + what + "; last value: " + last);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("Interrupted");
            }
            last = probe.get();
        }
        return last;
    }
}
