package io.defplorex.worker.transform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark (never run by the build): static extraction + features, one thread, over the corpus pages, as a
 * worker runs them (the {@code extract,features} chain: one parse a record). Warm-up passes, then timed passes.
 * Run: see bench/extract.md.
 */
public final class ExtractionThroughputBench {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        List<Map<String, Object>> records = new ArrayList<>();
        long bytes = 0;
        for (String line : Files.readAllLines(corpus.resolve("feed.csv")).subList(1, 304)) {
            String[] cells = line.split(",");
            byte[] raw = Files.readAllBytes(corpus.resolve(cells[cells.length - 1]));
            bytes += raw.length;
            records.add(Map.of("id", cells[0], "url", cells[1], "mirror",
                    Map.of("html", ClusterQualityBench.decode(raw))));
        }
        TransformerChain chain = Transformers.standard().chain(List.of("extract", "features"));
        TransformContext context = new TransformContext("bench", "bench", Map.of(), null);

        for (int i = 0; i < warmup; i++) {
            run(chain, context, records);
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long processStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        long pages = 0;
        for (int i = 0; i < passes; i++) {
            pages += run(chain, context, records);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double processSeconds = (os.getProcessCpuTime() - processStart) / 1e9;
        System.out.printf(Locale.ROOT, "%d pages (%d passes over %d pages, %.1f MB a pass) in %.2f s on one thread: "
                + "%.0f pages/s wall, %.2f ms a page; thread CPU %.2f s: %.0f pages per CPU-second; "
                + "process CPU (GC and "
                + "JIT too) %.2f s: %.0f pages per CPU-second%n", pages, passes, records.size(), bytes / 1e6, seconds,
                pages / seconds, seconds * 1000 / pages, cpuSeconds, pages / cpuSeconds, processSeconds,
                pages / processSeconds);
    }

    private static int run(TransformerChain chain, TransformContext context, List<Map<String, Object>> records)
            throws TransformerChain.ChainFailure {
        for (Map<String, Object> record : records) {
            chain.apply(record, context);
        }
        return records.size();
    }
}
