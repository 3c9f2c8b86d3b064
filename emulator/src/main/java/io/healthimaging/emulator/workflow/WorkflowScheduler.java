package io.healthimaging.emulator.workflow;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the asynchronous state transitions of every resource (a data store becoming ACTIVE, later import jobs,
 * copies, updates) on one thread, each after the configured delay. Keeping them all here gives one place to
 * control when transitions complete and to drop them all on reset.
 */
public final class WorkflowScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkflowScheduler.class);

    private final Duration delay;
    private final ScheduledExecutorService executor;
    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    private record Pending(Transition transition, ScheduledFuture<?> future) {
    }

    public WorkflowScheduler(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("The transition delay must not be negative: " + delay);
        }
        this.delay = delay;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "emulator-workflow");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Schedules a transition to complete after the delay. */
    public void schedule(Transition transition) {
        long key = sequence.incrementAndGet();
        synchronized (pending) {
            ScheduledFuture<?> future = executor.schedule(() -> complete(key), delay.toNanos(), TimeUnit.NANOSECONDS);
            pending.put(key, new Pending(transition, future));
        }
    }

    /** The number of transitions scheduled but not yet completed. */
    public int pendingCount() {
        return pending.size();
    }

    /** Drops every pending transition without running it (the state they would change is being reset). */
    public void cancelAll() {
        synchronized (pending) {
            pending.values().forEach(p -> p.future().cancel(false));
            pending.clear();
        }
    }

    private void complete(long key) {
        Pending entry;
        synchronized (pending) {
            entry = pending.remove(key);
        }
        if (entry == null) {
            return;
        }
        try {
            entry.transition().complete();
        } catch (RuntimeException e) {
            LOG.error("Transition '{}' failed", entry.transition().description(), e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
