package io.defplorex.worker.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import io.defplorex.queue.BatchQueue;
import io.defplorex.queue.QueueSettings;
import io.defplorex.worker.fleet.Fleet;
import io.defplorex.worker.render.EsScreenshotStore;
import io.defplorex.worker.render.RenderOptions;
import io.defplorex.worker.render.RenderTransformer;
import io.defplorex.worker.store.Elasticsearch;
import io.defplorex.worker.store.EsThresholdSource;
import io.defplorex.worker.transform.Transformer;
import io.defplorex.worker.transform.Transformers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code worker}: runs the fleet until SIGTERM (or until idle); the batches in hand are finished on the way out. */
@Command(name = "worker", mixinStandardHelpOptions = true, description = "Process batches from the Redis queue.")
final class WorkerCommand implements Callable<Integer> {

    @Mixin
    EsOption es;

    @Option(names = "--redis", defaultValue = "redis://127.0.0.1:6379", description = "Redis URL (${DEFAULT-VALUE}).")
    String redis;

    @Option(names = "--prefix", defaultValue = QueueSettings.DEFAULT_PREFIX, description = "Queue key prefix.")
    String prefix;

    @Option(names = "--concurrency", defaultValue = "2", paramLabel = "N|MIN,MAX",
            description = "Worker threads: N, or MIN,MAX to grow with the queue and shrink when idle "
                    + "(${DEFAULT-VALUE}).")
    String concurrency;

    @Option(names = "--exit-when-idle", paramLabel = "SECONDS",
            description = "Exit after this many seconds without a batch (default: never).")
    Long exitWhenIdle;

    @Option(names = "--lease", paramLabel = "SECONDS", defaultValue = "120",
            description = "A batch not acknowledged this long is taken over by another worker (${DEFAULT-VALUE}).")
    long lease;

    @Option(names = "--retry-after", paramLabel = "SECONDS", defaultValue = "30",
            description = "A batch that failed as a whole is retried this much later (${DEFAULT-VALUE}).")
    long retryAfter;

    @Option(names = "--keep-alive", paramLabel = "SECONDS", defaultValue = "30",
            description = "Idle threads above MIN stop after the queue was empty this long (${DEFAULT-VALUE}).")
    long keepAlive;

    @Option(names = "--chromium", paramLabel = "PATH",
            description = "Chromium for the render transformer (default: env DPX_CHROMIUM, else "
                    + RenderOptions.DEFAULT_CHROMIUM + "); without one, render is not offered.")
    String chromium;

    @Option(names = "--render-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Hard time limit of one render; the browser is killed past it (${DEFAULT-VALUE}).")
    long renderTimeout;

    @Option(names = "--render-recycle", paramLabel = "PAGES", defaultValue = "300",
            description = "Restart a render browser after this many pages (${DEFAULT-VALUE}).")
    int renderRecycle;

    @Option(names = "--render-max-mb", paramLabel = "MB", defaultValue = "1536",
            description = "Restart a render browser above this resident memory (${DEFAULT-VALUE}).")
    int renderMaxMb;

    @Option(names = "--transformer-class", paramLabel = "CLASS", hidden = true,
            description = "Also run this Transformer class (public, no-argument constructor), e.g. from a test.")
    List<String> extraTransformers = List.of();

    @Override
    public Integer call() throws Exception {
        if (lease < 1 || retryAfter < 0 || keepAlive < 0) {
            throw new IllegalArgumentException("--lease must be >= 1, --retry-after and --keep-alive >= 0 seconds");
        }
        Transformers transformers = Transformers.standard();
        for (String name : extraTransformers) {
            transformers.register(load(name));
        }
        QueueSettings settings = new QueueSettings(prefix, Duration.ofSeconds(lease), 3);
        Duration renewEvery = Duration.ofMillis(Math.min(30_000, lease * 1000 / 4));
        int[] range = range(concurrency);
        Fleet.Options options = new Fleet.Options(range[0], range[1],
                exitWhenIdle == null ? null : Duration.ofSeconds(exitWhenIdle), renewEvery, Duration.ofMinutes(10),
                ManagementFactory.getRuntimeMXBean().getName(), Duration.ofSeconds(retryAfter),
                Duration.ofSeconds(keepAlive));
        try (Elasticsearch client = Elasticsearch.connect(es.url);
             BatchQueue queue = BatchQueue.connect(redis, settings);
             RenderTransformer render = render(client)) {
            if (render != null) {
                transformers.register(render);
            }
            Fleet fleet = new Fleet(queue, client, transformers, new EsThresholdSource(client), options);
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

    /** The render transformer, or null (with a warning) when no Chromium is there to run it. */
    private RenderTransformer render(Elasticsearch client) {
        Path executable;
        try {
            executable = RenderOptions.chromium(chromium);
        } catch (IllegalArgumentException e) {
            if (chromium != null) {
                throw e;
            }
            System.err.println("worker: render not offered: " + e.getMessage());
            return null;
        }
        RenderOptions defaults = RenderOptions.defaults(executable);
        RenderOptions options = new RenderOptions(executable, Duration.ofSeconds(renderTimeout),
                defaults.maxPageBytes(), defaults.maxElements(), defaults.maxDomBytes(), renderRecycle, renderMaxMb);
        return new RenderTransformer(options, new EsScreenshotStore(client));
    }

    private static int[] range(String concurrency) {
        String[] parts = concurrency.strip().split("\\s*,\\s*");
        try {
            int min = Integer.parseInt(parts[0]);
            int max = parts.length == 2 ? Integer.parseInt(parts[1]) : min;
            if (parts.length <= 2 && min >= 1 && max >= min) {
                return new int[] {min, max};
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw new IllegalArgumentException("--concurrency must be N or MIN,MAX with 1 <= MIN <= MAX, got ["
                + concurrency + "]");
    }

    private static Transformer load(String className) {
        try {
            return (Transformer) Class.forName(className).getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalArgumentException("--transformer-class " + className + ": cannot load a Transformer ("
                    + e + ")");
        }
    }
}
