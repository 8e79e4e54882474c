package io.defplorex.worker.fleet;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.defplorex.queue.BatchQueue;
import io.defplorex.queue.Delivery;
import io.defplorex.queue.Failure;
import io.defplorex.queue.QueueUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker thread's loop: take a batch, process it, acknowledge it. While a batch is in hand its lease is
 * renewed on a timer, so a long batch is not taken over; renewal stops after {@code maxHold}, so a thread that
 * hangs (not dies) still lets another worker take the batch over. A batch that failed as a whole (it could not
 * be read or written) is released: the queue hands it out again {@code retryAfter} later, or dead-letters it.
 */
final class Worker implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Worker.class);
    private static final Duration TAKE_BLOCK = Duration.ofSeconds(1);
    private static final Duration BACKOFF = Duration.ofSeconds(5);

    private final String consumer;
    private final BatchQueue queue;
    private final BatchProcessor processor;
    private final ScheduledExecutorService timer;
    private final Duration renewEvery;
    private final Duration maxHold;
    private final Duration retryAfter;
    private final IdleClock idle;
    private volatile boolean stopping;
    private volatile boolean busy;

    Worker(String consumer, BatchQueue queue, BatchProcessor processor, ScheduledExecutorService timer,
           Fleet.Options options, IdleClock idle) {
        this.consumer = consumer;
        this.queue = queue;
        this.processor = processor;
        this.timer = timer;
        this.renewEvery = options.renewEvery();
        this.maxHold = options.maxHold();
        this.retryAfter = options.retryAfter();
        this.idle = idle;
    }

    /** True while this worker holds a batch. */
    boolean busy() {
        return busy;
    }

    /** Stop taking batches; the batch in hand is finished and acknowledged first. */
    void stop() {
        stopping = true;
    }

    @Override
    public void run() {
        while (!stopping && !idle.expired()) {
            Optional<Delivery> delivery;
            try {
                delivery = queue.take(consumer, TAKE_BLOCK);
            } catch (QueueUnavailableException e) {
                LOG.warn("{}: queue unavailable, retrying in 5 s: {}", consumer, e.getMessage());
                sleep(Duration.ofSeconds(5));
                continue;
            }
            if (delivery.isEmpty()) {
                continue;
            }
            idle.busy();
            busy = true;
            boolean handled = handle(delivery.get());
            busy = false;
            if (!handled) {
                sleep(BACKOFF); // Elasticsearch is failing: do not drain the queue into failed attempts
            }
            idle.busy();
        }
    }

    /** Processes and acknowledges one batch; false when it failed as a whole and was released. */
    private boolean handle(Delivery d) {
        long start = System.nanoTime();
        ScheduledFuture<?> renewal = timer.scheduleAtFixedRate(() -> renew(d, start), renewEvery.toMillis(),
                renewEvery.toMillis(), TimeUnit.MILLISECONDS);
        try {
            BatchOutcome outcome = processor.process(d.batch());
            renewal.cancel(false);
            for (Failure f : outcome.failures()) {
                LOG.warn("job {} batch {}: record {} failed: {}", d.batch().job(), d.batch().seq(), f.id(),
                        f.reason());
            }
            boolean counted = queue.ack(d, outcome.done(), outcome.failures());
            long nanos = System.nanoTime() - start;
            int docs = d.batch().ids().size();
            LOG.info("job {} batch {}: {} docs, {} failures, {} ms, {} pages/s{}", d.batch().job(), d.batch().seq(),
                    docs, outcome.failures().size(), nanos / 1_000_000,
                    String.format(java.util.Locale.ROOT, "%.1f", docs * 1e9 / Math.max(1, nanos)),
                    counted ? "" : " (already acknowledged by another worker)");
            return true;
        } catch (Exception e) {
            release(d, e.toString());
            return false;
        } finally {
            renewal.cancel(false);
        }
    }

    private void release(Delivery d, String reason) {
        try {
            boolean dead = queue.release(d, retryAfter, reason);
            if (dead) {
                LOG.warn("job {} batch {}: failed {} times, dead-lettered ({} records are job failures): {}",
                        d.batch().job(), d.batch().seq(), d.deliveries(), d.batch().ids().size(), reason);
            } else {
                LOG.warn("job {} batch {}: failed (attempt {}), handed back for a retry in {} s: {}", d.batch().job(),
                        d.batch().seq(), d.deliveries(), retryAfter.toSeconds(), reason);
            }
        } catch (RuntimeException e) {
            LOG.warn("job {} batch {}: failed ({}) and could not be handed back ({}); it comes back after its lease",
                    d.batch().job(), d.batch().seq(), reason, e.getMessage());
        }
    }

    private void renew(Delivery d, long start) {
        Duration held = Duration.ofNanos(System.nanoTime() - start);
        if (held.compareTo(maxHold) > 0) {
            if (held.minus(renewEvery).compareTo(maxHold) <= 0) {
                LOG.warn("job {} batch {}: in hand for {} s, more than {} s: no longer renewing its lease, another "
                        + "worker will take it over", d.batch().job(), d.batch().seq(), held.toSeconds(),
                        maxHold.toSeconds());
            }
            return;
        }
        try {
            queue.renew(d, consumer);
        } catch (RuntimeException e) {
            LOG.warn("job {} batch {}: lease renewal failed: {}", d.batch().job(), d.batch().seq(), e.getMessage());
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
