package io.defplorex.worker.fleet;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.defplorex.queue.BatchQueue;
import io.defplorex.queue.QueueUnavailableException;
import io.defplorex.worker.store.Elasticsearch;
import io.defplorex.worker.transform.ThresholdSource;
import io.defplorex.worker.transform.Transformers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker process: between {@code min} and {@code max} threads sharing one queue connection and one
 * Elasticsearch client, scaled by {@link Autoscaler} on the queue's depth. {@link #stop()} lets each thread
 * finish and acknowledge (or release) the batch in hand before returning.
 */
public final class Fleet {

    private static final Logger LOG = LoggerFactory.getLogger(Fleet.class);
    private static final Duration SCALE_EVERY = Duration.ofSeconds(2);

    /**
     * How the fleet runs.
     *
     * @param min        threads always running
     * @param max        threads at most, when batches wait
     * @param idleExit   exit after this long without a batch; null means run until stopped
     * @param renewEvery how often the lease of the batch in hand is renewed
     * @param maxHold    after this long on one batch its lease is no longer renewed (a hung thread gives it up)
     * @param retryAfter a batch that failed as a whole is handed out again this much later
     * @param keepAlive  an idle thread above {@code min} is stopped after the queue was empty this long
     */
    public record Options(int min, int max, Duration idleExit, Duration renewEvery, Duration maxHold, String name,
                          Duration retryAfter, Duration keepAlive) {

        public Options {
            new Autoscaler(min, max, keepAlive); // validates
        }

        /** Fixed concurrency, default retry delay and keep-alive. */
        public Options(int concurrency, Duration idleExit, Duration renewEvery, Duration maxHold, String name) {
            this(concurrency, concurrency, idleExit, renewEvery, maxHold, name, Duration.ofSeconds(30),
                    Duration.ofSeconds(30));
        }

        public static Options of(int concurrency, Duration idleExit) {
            return new Options(concurrency, idleExit, Duration.ofSeconds(30), Duration.ofMinutes(10),
                    ManagementFactory.getRuntimeMXBean().getName());
        }
    }

    private final BatchQueue queue;
    private final Transformers transformers;
    private final BatchProcessor processor;
    private final Options options;
    private final Autoscaler autoscaler;
    private final IdleClock idle;
    private final Map<Worker, Thread> workers = new LinkedHashMap<>();
    /** Every thread ever started, retired ones included, so a stop waits for their batches too. */
    private final List<Thread> threads = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "fleet-timer");
        t.setDaemon(true);
        return t;
    });
    private int nextWorker;
    private long lastFull = System.nanoTime();
    private volatile boolean stopping;

    public Fleet(BatchQueue queue, Elasticsearch es, Transformers transformers, ThresholdSource thresholds,
                 Options options) {
        this.queue = queue;
        this.transformers = transformers;
        this.processor = new BatchProcessor(es, transformers, thresholds);
        this.options = options;
        this.autoscaler = new Autoscaler(options.min(), options.max(), options.keepAlive());
        this.idle = new IdleClock(options.idleExit());
    }

    /** Publishes the transformer names, starts {@code min} threads and the autoscaler, and returns at once. */
    public synchronized void start() {
        queue.publishTransformers(transformers.names());
        for (int i = 0; i < options.min(); i++) {
            addWorker();
        }
        if (options.max() > options.min()) {
            timer.scheduleWithFixedDelay(this::scale, SCALE_EVERY.toMillis(), SCALE_EVERY.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        LOG.info("worker fleet {} started: {} threads (min {}, max {}), transformers {}", options.name(),
                options.min(), options.min(), options.max(), transformers.names());
    }

    /** Waits until every thread has ended (idle exit or stop). */
    public void await() throws InterruptedException {
        while (true) {
            Thread next;
            synchronized (this) {
                next = threads.stream().filter(Thread::isAlive).findFirst().orElse(null);
                if (next == null) {
                    stopping = true; // every thread left on its own (idle exit): the autoscaler must not add more
                    break;
                }
            }
            next.join();
        }
        timer.shutdownNow();
    }

    /** Stops taking batches and waits for the batches in hand to be acknowledged or released. */
    public void stop() throws InterruptedException {
        synchronized (this) {
            stopping = true;
            workers.keySet().forEach(Worker::stop);
        }
        await();
        LOG.info("worker fleet {} stopped", options.name());
    }

    /** Threads running now (for tests and the autoscaler). */
    public synchronized int threads() {
        return (int) workers.values().stream().filter(Thread::isAlive).count();
    }

    private synchronized void scale() {
        if (stopping || idle.expired()) {
            return;
        }
        dropEnded();
        int running = workers.size();
        int busy = (int) workers.keySet().stream().filter(Worker::busy).count();
        long waiting;
        try {
            waiting = queue.waitingBatches();
        } catch (QueueUnavailableException e) {
            return; // the workers report it
        }
        long now = System.nanoTime();
        if (waiting > 0 || busy == running) {
            lastFull = now;
        }
        int target = autoscaler.next(running, busy, waiting, Duration.ofNanos(now - lastFull));
        if (target > running) {
            for (int i = running; i < target; i++) {
                addWorker();
            }
            LOG.info("worker fleet {}: {} batches waiting, {} of {} threads busy: grown to {} threads",
                    options.name(), waiting, busy, running, target);
        } else if (target < running) {
            workers.keySet().stream().filter(w -> !w.busy()).reduce((a, b) -> b).ifPresent(w -> {
                w.stop();
                workers.remove(w);
            });
            lastFull = now; // wait another keep-alive before the next thread goes
            LOG.info("worker fleet {}: queue empty for {} s: shrunk to {} threads", options.name(),
                    options.keepAlive().toSeconds(), workers.size());
        }
    }

    private void dropEnded() {
        workers.values().removeIf(t -> !t.isAlive());
        threads.removeIf(t -> !t.isAlive());
    }

    private void addWorker() {
        int n = nextWorker++;
        Worker w = new Worker(options.name() + "-" + n, queue, processor, timer, options, idle);
        Thread t = new Thread(w, "worker-" + n);
        workers.put(w, t);
        threads.add(t);
        t.start();
    }
}
