package io.defplorex.worker.fleet;

import java.time.Duration;

/** Tells the fleet's threads when the queue has been empty long enough to exit ({@code --exit-when-idle}). */
final class IdleClock {

    private final long limitNanos;
    private volatile long lastBusy = System.nanoTime();

    /** @param limit how long to wait without a batch, or null to never expire */
    IdleClock(Duration limit) {
        this.limitNanos = limit == null ? Long.MAX_VALUE : limit.toNanos();
    }

    void busy() {
        lastBusy = System.nanoTime();
    }

    boolean expired() {
        return limitNanos != Long.MAX_VALUE && System.nanoTime() - lastBusy > limitNanos;
    }
}
