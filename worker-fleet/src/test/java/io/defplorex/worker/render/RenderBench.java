package io.defplorex.worker.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.defplorex.worker.store.Elasticsearch;
import io.defplorex.worker.transform.ThresholdSource;
import io.defplorex.worker.transform.Thresholds;
import io.defplorex.worker.transform.TransformContext;
import io.defplorex.worker.transform.TransformerChain;
import io.defplorex.worker.transform.Transformers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Rendering throughput on the corpus, not run by the build (bench/render.md has the command and figures).
 * Arguments: corpus folder, threads, chain (comma-separated, e.g. {@code render} or
 * {@code render,extract,features,quantize}), then optionally {@code --pages N} (the first N pages of the feed)
 * and an Elasticsearch URL to store screenshots there. Prints pages/s, pages per CPU-second of the JVM with all
 * its descendant processes (the per-core figure), peak resident memory, statuses and where a render's time went.
 */
public final class RenderBench {

    private static final String SCREENSHOTS = "bench-screenshots";

    private RenderBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        List<String> chainNames = List.of(args[2].split(","));
        int limit = Integer.MAX_VALUE;
        Elasticsearch es = null;
        for (int i = 3; i < args.length; i++) {
            if (args[i].equals("--pages")) {
                limit = Integer.parseInt(args[++i]);
            } else {
                es = Elasticsearch.connect(args[i]);
            }
        }

        List<Map<String, Object>> records = records(corpus, limit);
        ScreenshotCost screenshots = new ScreenshotCost(es == null ? ScreenshotStore.discarding()
                : new EsScreenshotStore(es, SCREENSHOTS));
        RenderTransformer render = new RenderTransformer(RenderOptions.defaults(RenderOptions.chromium(null)),
                screenshots);
        TransformerChain chain = Transformers.standard().register(render).chain(chainNames);
        ThresholdSource thresholds = fixedThresholds();
        ConcurrentLinkedQueue<Map<String, Object>> todo = new ConcurrentLinkedQueue<>(records);
        Map<String, Integer> statuses = new TreeMap<>();
        CyclicBarrier warm = new CyclicBarrier(threads + 1);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                TransformContext context = new TransformContext("bench", "bench", Map.of(), thresholds);
                warmUp(render, warm, go);
                Map<String, Object> record;
                while ((record = todo.poll()) != null) {
                    String status;
                    try {
                        Map<String, Object> out = chain.apply(record, context);
                        status = out.get("render") instanceof Map<?, ?> r ? (String) r.get("status") : "no render";
                    } catch (TransformerChain.ChainFailure e) {
                        status = "failed: " + e.getMessage();
                    }
                    synchronized (statuses) {
                        statuses.merge(status, 1, Integer::sum);
                    }
                }
            }, "bench-" + i);
            workers.add(t);
            t.start();
        }
        warm.await();
        RenderSteps.Totals warmSteps = render.steps().totals();
        ProcessTreeMeter meter = new ProcessTreeMeter(200);
        double cpuBefore = meter.cpuSeconds();
        long start = System.nanoTime();
        go.countDown();
        for (Thread t : workers) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        meter.close();
        double cpu = meter.cpuSeconds() - cpuBefore;
        render.close();

        int n = records.size();
        System.out.printf(Locale.ROOT, "chain=%s threads=%d pages=%d wall=%.1fs pages/s=%.2f per-thread=%.2f "
                        + "cpu=%.1fs cpu-per-page=%.3fs pages-per-cpu-second=%.2f statuses=%s%n", args[2], threads, n,
                seconds, n / seconds, n / seconds / threads, cpu, cpu / n, n / cpu, statuses);
        System.out.printf(Locale.ROOT, "memory: peak-rss-mb=%d (JVM + drivers + Chromium) jvm-peak-rss-mb=%d "
                        + "largest-slot-peak-rss-mb=%d (one Node driver + its Chromium) peak-pss-mb=%d "
                        + "largest-slot-peak-pss-mb=%d; sampler cpu %.2fs excluded%n", meter.peakTotalMb(),
                meter.peakJvmMb(), meter.peakSlotMb(), meter.peakTotalPssMb(), meter.peakSlotPssMb(),
                meter.samplerCpuSeconds());
        System.out.println("render steps per page, ms (warm-up excluded): wall, CPU of the Java thread");
        RenderSteps.Totals steps = render.steps().totals().minus(warmSteps);
        steps.wallMillis().forEach((step, ms) -> System.out.printf(Locale.ROOT, "  %-18s %8.1f %8.1f%n", step,
                ms / n, steps.cpuMillis().getOrDefault(step, 0.0) / n));
        screenshots.print(es, SCREENSHOTS);
        if (es != null) {
            es.client().indices().delete(d -> d.index(SCREENSHOTS).ignoreUnavailable(true));
            es.close();
        }
    }

    /** One page on each bench thread first, so browser start-up is not counted; then waits for the start. */
    private static void warmUp(RenderTransformer render, CyclicBarrier warm, CountDownLatch go) {
        try {
            render.apply(HostilePages.record("warm", "http://warm.example.org/", "<title>w</title>"),
                    new TransformContext("bench", "bench", Map.of(), null));
            warm.await();
            go.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> records(Path corpus, int limit) throws IOException {
        List<Map<String, Object>> records = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(corpus.resolve("feed.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (records.size() == limit) {
                    break;
                }
                byte[] bytes = Files.readAllBytes(corpus.resolve(row.get("mirror")));
                records.add(HostilePages.record(row.get("id"), row.get("url"),
                        new String(bytes, StandardCharsets.UTF_8)));
            }
        }
        return records;
    }

    private static ThresholdSource fixedThresholds() throws IOException {
        Map<String, List<Double>> byFeature = new TreeMap<>();
        try (InputStream in = RenderBench.class.getResourceAsStream("/features.json")) {
            for (JsonNode f : new ObjectMapper().readTree(in)) {
                if (f.get("type").asText().equals("double")) {
                    byFeature.put(f.get("name").asText(), List.of(1.0, 3.0, 10.0));
                }
            }
        }
        Thresholds t = new Thresholds("bench", 1, byFeature);
        return new ThresholdSource() {
            @Override
            public Optional<Thresholds> latest(String index) {
                return Optional.of(t);
            }

            @Override
            public Optional<Thresholds> version(String index, int version) {
                return Optional.of(t);
            }
        };
    }
}
