package io.defplorex.worker.fleet;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.defplorex.queue.BatchQueue;
import io.defplorex.worker.store.Elasticsearch;
import io.defplorex.worker.transform.ThresholdSource;
import io.defplorex.worker.transform.Transformers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker process: {@code concurrency} threads sharing one queue connection and one Elasticsearch client.
 * {@link #stop()} lets each thread finish and acknowledge the batch in hand before returning.
 */
public final class Fleet {

    private static final Logger LOG = LoggerFactory.getLogger(Fleet.class);

    /**
     * How the fleet runs.
     *
     * @param idleExit   exit after this long without a batch; null means run until stopped
     * @param renewEvery how often the lease of the batch in hand is renewed
     * @param maxHold    after this long on one batch its lease is no longer renewed (a hung thread gives it up)
     */
    public record Options(int concurrency, Duration idleExit, Duration renewEvery, Duration maxHold, String name) {

        public Options {
            if (concurrency < 1) {
                throw new IllegalArgumentException("--concurrency must be at least 1, got " + concurrency);
            }
        }

        public static Options of(int concurrency, Duration idleExit) {
            return new Options(concurrency, idleExit, Duration.ofSeconds(30), Duration.ofMinutes(10),
                    ManagementFactory.getRuntimeMXBean().getName());
        }
    }

    private final BatchQueue queue;
    private final BatchProcessor processor;
    private final Options options;
    private final List<Worker> workers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lease-renewal");
        t.setDaemon(true);
        return t;
    });

    public Fleet(BatchQueue queue, Elasticsearch es, Transformers transformers, ThresholdSource thresholds,
                 Options options) {
        this.queue = queue;
        this.processor = new BatchProcessor(es, transformers, thresholds);
        this.options = options;
    }

    /** Starts the threads and returns at once. */
    public synchronized void start() {
        IdleClock idle = new IdleClock(options.idleExit());
        for (int i = 0; i < options.concurrency(); i++) {
            String consumer = options.name() + "-" + i;
            Worker w = new Worker(consumer, queue, processor, timer, options.renewEvery(), options.maxHold(),
                    idle);
            Thread t = new Thread(w, "worker-" + i);
            workers.add(w);
            threads.add(t);
            t.start();
        }
        LOG.info("worker fleet {} started: {} threads", options.name(), options.concurrency());
    }

    /** Waits until every thread has ended (idle exit or stop). */
    public void await() throws InterruptedException {
        for (Thread t : threads) {
            t.join();
        }
        timer.shutdownNow();
    }

    /** Stops taking batches and waits for the batches in hand to be acknowledged. */
    public void stop() throws InterruptedException {
        workers.forEach(Worker::stop);
        await();
        LOG.info("worker fleet {} stopped", options.name());
    }
}
