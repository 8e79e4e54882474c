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
 * hangs (not dies) still lets another worker take the batch over. A batch that could not be written is left
 * unacknowledged: its lease runs out and the queue hands it out again.
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
    private final IdleClock idle;
    private volatile boolean stopping;

    Worker(String consumer, BatchQueue queue, BatchProcessor processor, ScheduledExecutorService timer,
           Duration renewEvery, Duration maxHold, IdleClock idle) {
        this.consumer = consumer;
        this.queue = queue;
        this.processor = processor;
        this.timer = timer;
        this.renewEvery = renewEvery;
        this.maxHold = maxHold;
        this.idle = idle;
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
            if (!handle(delivery.get())) {
                sleep(BACKOFF); // Elasticsearch is failing: do not drain the queue into failed attempts
            }
            idle.busy();
        }
    }

    /** Processes and acknowledges one batch; false when it could not be written and stays pending. */
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
            LOG.info("job {} batch {}: {} docs, {} failures, {} ms{}", d.batch().job(), d.batch().seq(),
                    d.batch().ids().size(), outcome.failures().size(), (System.nanoTime() - start) / 1_000_000,
                    counted ? "" : " (already acknowledged by another worker)");
            return true;
        } catch (Exception e) {
            LOG.warn("job {} batch {}: not acknowledged, it will be delivered again after its lease: {}",
                    d.batch().job(), d.batch().seq(), e.toString());
            return false;
        } finally {
            renewal.cancel(false);
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
