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
import java.util.concurrent.atomic.AtomicLong;

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
 * {@code render,extract,features,quantize}), optional Elasticsearch URL to store screenshots there.
 * Prints pages/s, statuses and the peak resident memory of the JVM with all its child processes.
 */
public final class RenderBench {

    private RenderBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        List<String> chainNames = List.of(args[2].split(","));
        Elasticsearch es = args.length > 3 ? Elasticsearch.connect(args[3]) : null;

        List<Map<String, Object>> records = records(corpus);
        RenderTransformer render = new RenderTransformer(RenderOptions.defaults(RenderOptions.chromium(null)),
                es == null ? ScreenshotStore.discarding() : new EsScreenshotStore(es, "bench-screenshots"));
        TransformerChain chain = Transformers.standard().register(render).chain(chainNames);
        ThresholdSource thresholds = fixedThresholds();
        warmUp(render, threads);

        ConcurrentLinkedQueue<Map<String, Object>> todo = new ConcurrentLinkedQueue<>(records);
        Map<String, Integer> statuses = new TreeMap<>();
        AtomicLong peakRss = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakRss.accumulateAndGet(residentMbOfAll(), Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                TransformContext context = new TransformContext("bench", "bench", Map.of(), thresholds);
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
                render.closeCurrentThread();
            }, "bench-" + i);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        render.close();
        if (es != null) {
            es.client().indices().delete(d -> d.index("bench-screenshots").ignoreUnavailable(true));
            es.close();
        }
        System.out.printf(Locale.ROOT, "chain=%s threads=%d pages=%d wall=%.1fs pages/s=%.2f per-thread=%.2f "
                        + "peak-rss-mb=%d statuses=%s%n", args[2], threads, records.size(), seconds,
                records.size() / seconds, records.size() / seconds / threads, peakRss.get(), statuses);
    }

    /** One page per thread first, so browser start-up is not counted. */
    private static void warmUp(RenderTransformer render, int threads) throws InterruptedException {
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                try {
                    render.apply(HostilePages.record("warm", "http://warm.example.org/", "<title>w</title>"),
                            new TransformContext("bench", "bench", Map.of(), null));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            ts.add(t);
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
    }

    private static List<Map<String, Object>> records(Path corpus) throws IOException {
        List<Map<String, Object>> records = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(corpus.resolve("feed.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
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

    private static long residentMbOfAll() {
        return ChromiumProcesses.residentMb(ProcessHandle.current());
    }
}
