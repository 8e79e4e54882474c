package io.defplorex.worker.cli;

import java.time.Duration;
import java.util.concurrent.Callable;

import io.defplorex.queue.BatchQueue;
import io.defplorex.queue.QueueSettings;
import io.defplorex.worker.fleet.Fleet;
import io.defplorex.worker.store.Elasticsearch;
import io.defplorex.worker.store.EsThresholdSource;
import io.defplorex.worker.transform.Transformers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code worker}: runs the fleet until SIGTERM (or until idle); the batch in hand is finished on the way out. */
@Command(name = "worker", mixinStandardHelpOptions = true, description = "Process batches from the Redis queue.")
final class WorkerCommand implements Callable<Integer> {

    @Mixin
    EsOption es;

    @Option(names = "--redis", defaultValue = "redis://127.0.0.1:6379", description = "Redis URL (${DEFAULT-VALUE}).")
    String redis;

    @Option(names = "--prefix", defaultValue = QueueSettings.DEFAULT_PREFIX, description = "Queue key prefix.")
    String prefix;

    @Option(names = "--concurrency", defaultValue = "2", description = "Worker threads (${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--exit-when-idle", paramLabel = "SECONDS",
            description = "Exit after this many seconds without a batch (default: never).")
    Long exitWhenIdle;

    @Override
    public Integer call() throws Exception {
        try (Elasticsearch client = Elasticsearch.connect(es.url);
             BatchQueue queue = BatchQueue.connect(redis, prefix)) {
            Fleet fleet = new Fleet(queue, client, Transformers.standard(), new EsThresholdSource(client),
                    Fleet.Options.of(concurrency, exitWhenIdle == null ? null : Duration.ofSeconds(exitWhenIdle)));
            Thread hook = new Thread(() -> {
                try {
                    fleet.stop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            fleet.start();
            fleet.await();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running
            }
            return 0;
        }
    }
}
