package io.defplorex.worker.render;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a kill action when a render overruns its hard time limit. The render thread is left blocked in a
 * Playwright call; the kill makes that call fail at once, and {@link Armed#fired()} tells it why.
 */
final class Watchdog {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "render-watchdog");
        t.setDaemon(true);
        return t;
    });

    private Watchdog() {
    }

    /** Schedules {@code kill} after {@code limit}; cancel the returned handle when the render ends in time. */
    static Armed arm(Duration limit, Runnable kill) {
        AtomicBoolean fired = new AtomicBoolean();
        ScheduledFuture<?> task = TIMER.schedule(() -> {
            fired.set(true);
            kill.run();
        }, limit.toMillis(), TimeUnit.MILLISECONDS);
        return new Armed(task, fired);
    }

    /** One armed deadline. */
    static final class Armed implements AutoCloseable {

        private final ScheduledFuture<?> task;
        private final AtomicBoolean fired;

        private Armed(ScheduledFuture<?> task, AtomicBoolean fired) {
            this.task = task;
            this.fired = fired;
        }

        boolean fired() {
            return fired.get();
        }

        @Override
        public void close() {
            task.cancel(false);
        }
    }
}
