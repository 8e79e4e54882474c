package io.defplorex.worker.transform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.defplorex.worker.render.RenderOptions;
import io.defplorex.worker.render.RenderTransformer;
import io.defplorex.worker.render.ScreenshotStore;

/**
 * Benchmark (never run by the build): pairwise precision and recall of the pivots that need a render: the
 * perceptual hash of the screenshot alone ({@code phash}), {@code avg_color_top5} alone, and the paper's pivots
 * with both (from the real render, extract and features transformers and Chromium). Arguments: the corpus folder
 * and optionally the number of pages (all 303 by default). Run: see bench/quality.md.
 */
public final class PhashQualityBench {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        Map<String, String> family = new HashMap<>();
        for (String line : Files.readAllLines(corpus.resolve("families.csv")).subList(1, 304)) {
            String[] cells = line.split(",");
            family.put(cells[0], cells[1]);
        }
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 303;
        Map<String, Map<String, Object>> phashes = new LinkedHashMap<>();
        Map<String, Map<String, Object>> features = new LinkedHashMap<>();
        TransformerChain chain = Transformers.standard().chain(List.of("extract", "features"));
        TransformContext context = new TransformContext("bench", "bench", Map.of(), null);
        long start = System.nanoTime();
        try (RenderTransformer render = new RenderTransformer(
                RenderOptions.defaults(RenderOptions.chromium(null)), ScreenshotStore.discarding())) {
            for (String line : Files.readAllLines(corpus.resolve("feed.csv")).subList(1, 1 + limit)) {
                String[] cells = line.split(",");
                String html = ClusterQualityBench.decode(Files.readAllBytes(corpus.resolve(cells[cells.length - 1])));
                Map<String, Object> record = Map.of("id", cells[0], "url", cells[1], "mirror", Map.of("html", html));
                Map<?, ?> fields = (Map<?, ?>) render.apply(record, context).get("render");
                Object phash = fields.get("phash");
                phashes.put(cells[0], Map.of("phash", phash == null ? "none:" + cells[0] : phash));
                Map<String, Object> rendered = new HashMap<>(record);
                rendered.put("render", fields);
                @SuppressWarnings("unchecked")
                Map<String, Object> f = (Map<String, Object>) chain.apply(rendered, context).get("features");
                features.put(cells[0], f);
            }
        }
        System.out.printf("rendered %d pages in %.0f s%n", phashes.size(), (System.nanoTime() - start) / 1e9);
        long missing = phashes.values().stream().filter(f -> f.get("phash").toString().startsWith("none:")).count();
        System.out.println(missing + " pages without a phash (render failed; each counted as its own cluster)");
        List<String> ids = List.copyOf(phashes.keySet());
        ClusterQualityBench.report("phash alone", ids, family, phashes, Map.of(), List.of("phash"));
        ClusterQualityBench.report("avg_color_top5 alone", ids, family, features, Map.of(),
                List.of("avg_color_top5"));
        List<String> paper = new ArrayList<>(ClusterQualityBench.SEED);
        paper.addAll(ClusterQualityBench.PAPER_ADDED);
        paper.addAll(List.of("phash", "avg_color_top5"));
        ClusterQualityBench.report("paper pivots with the render's (28: the 26 + phash, avg_color_top5)", ids, family,
                features, ClusterQualityBench.thresholds(features), paper);
    }
}
