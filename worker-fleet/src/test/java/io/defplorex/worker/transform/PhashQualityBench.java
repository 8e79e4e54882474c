package io.defplorex.worker.transform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.defplorex.worker.render.RenderOptions;
import io.defplorex.worker.render.RenderTransformer;
import io.defplorex.worker.render.ScreenshotStore;

/**
 * Benchmark (never run by the build): pairwise precision and recall of grouping the corpus pages by the perceptual
 * hash of their screenshot alone ({@code render.phash}, from the real render transformer and Chromium).
 * Run: see bench/quality.md.
 */
public final class PhashQualityBench {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        Map<String, String> family = new HashMap<>();
        for (String line : Files.readAllLines(corpus.resolve("families.csv")).subList(1, 304)) {
            String[] cells = line.split(",");
            family.put(cells[0], cells[1]);
        }
        Map<String, Map<String, Object>> phashes = new LinkedHashMap<>();
        TransformContext context = new TransformContext("bench", "bench", Map.of(), null);
        long start = System.nanoTime();
        try (RenderTransformer render = new RenderTransformer(
                RenderOptions.defaults(RenderOptions.chromium(null)), ScreenshotStore.discarding())) {
            for (String line : Files.readAllLines(corpus.resolve("feed.csv")).subList(1, 304)) {
                String[] cells = line.split(",");
                String html = ClusterQualityBench.decode(Files.readAllBytes(corpus.resolve(cells[cells.length - 1])));
                Map<String, Object> record = Map.of("id", cells[0], "url", cells[1], "mirror", Map.of("html", html));
                Map<?, ?> fields = (Map<?, ?>) render.apply(record, context).get("render");
                Object phash = fields.get("phash");
                phashes.put(cells[0], Map.of("phash", phash == null ? "none:" + cells[0] : phash));
            }
        }
        System.out.printf("rendered %d pages in %.0f s%n", phashes.size(), (System.nanoTime() - start) / 1e9);
        long missing = phashes.values().stream().filter(f -> f.get("phash").toString().startsWith("none:")).count();
        System.out.println(missing + " pages without a phash (render failed; each counted as its own cluster)");
        ClusterQualityBench.report("phash alone", List.copyOf(phashes.keySet()), family, phashes, Map.of(),
                List.of("phash"));
    }
}
