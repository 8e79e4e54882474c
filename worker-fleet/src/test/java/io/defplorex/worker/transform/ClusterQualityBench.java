package io.defplorex.worker.transform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark (never run by the build): pairwise precision and recall of clusters against the template families of
 * the corpus ({@code families.csv}). Features come from the real extract and features transformers; clusters are
 * the plugin's group-by, done here in memory: numeric pivots by bin (percentiles 25/50/75 of the corpus,
 * interpolated), keyword pivots by value. Run: see bench/quality.md.
 */
public final class ClusterQualityBench {

    static final List<String> SEED = List.of("n_urls", "n_object", "n_embed", "n_telephone", "n_email", "n_img",
            "n_link", "n_sound_urls", "n_anchor", "n_meta", "n_resource", "n_iframe", "n_script", "n_hashtag",
            "n_style", "n_twitter", "frac_letters_in_title", "frac_punct_in_title", "frac_whitespace_in_title",
            "frac_digits_in_title", "avg_color");
    static final List<String> PAPER_ADDED = List.of("sound_type", "frac_cross_origin_links",
            "avg_letters_external_domains", "encoding", "language");

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        Map<String, String> family = new HashMap<>();
        Map<String, String> language = new HashMap<>();
        for (String line : Files.readAllLines(corpus.resolve("families.csv")).subList(1, 304)) {
            String[] cells = line.split(",");
            family.put(cells[0], cells[1]);
            language.put(cells[0], cells[2]);
        }
        Map<String, Map<String, Object>> features = features(corpus);
        List<String> ids = new ArrayList<>(features.keySet());
        Map<String, double[]> thresholds = thresholds(features);

        List<String> paper = new ArrayList<>(SEED);
        paper.addAll(PAPER_ADDED);
        report("seed pivots (21 features)", ids, family, features, thresholds, SEED);
        report("paper pivots, as far as they exist (26: seed + " + String.join(", ", PAPER_ADDED) + ")", ids,
                family, features, thresholds, paper);
        report("template_simhash alone", ids, family, features, thresholds, List.of("template_simhash"));
        Map<String, List<String>> stored = new HashMap<>();
        for (String id : ids) {
            stored.put(id, ((List<?>) features.get(id).get("template_bands")).stream().map(String::valueOf).toList());
        }
        reportMulti("template_bands as stored (" + TemplateBands.BANDS + " bands)", ids, family, stored);
        for (int bands : new int[] {2, 3, 4, 5, 6, 8}) {
            Map<String, List<String>> keys = new HashMap<>();
            for (String id : ids) {
                keys.put(id, TemplateBands.of(
                        Long.parseUnsignedLong((String) features.get(id).get("template_simhash"), 16), bands));
            }
            reportMulti("template_simhash in " + bands + " bands", ids, family, keys);
        }
        simHashDistances(ids, family, features);
        languageAgreement(ids, language, features);
    }

    static Map<String, Map<String, Object>> features(Path corpus) throws IOException {
        Map<String, Map<String, Object>> all = new LinkedHashMap<>();
        TransformerChain chain = Transformers.standard().chain(List.of("extract", "features"));
        TransformContext context = new TransformContext("bench", "bench", Map.of(), null);
        for (String line : Files.readAllLines(corpus.resolve("feed.csv")).subList(1, 304)) {
            String[] cells = line.split(",");
            String html = decode(Files.readAllBytes(corpus.resolve(cells[cells.length - 1])));
            Map<String, Object> record = Map.of("id", cells[0], "url", cells[1], "mirror", Map.of("html", html));
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> f = (Map<String, Object>) chain.apply(record, context).get("features");
                all.put(cells[0], f);
            } catch (TransformerChain.ChainFailure e) {
                System.out.println(cells[0] + " failed: " + e.getMessage());
            }
        }
        return all;
    }

    /** As ingest decodes a mirror: UTF-8, else ISO-8859-1. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** Percentiles 25/50/75 of each numeric feature, linearly interpolated between closest ranks. */
    static Map<String, double[]> thresholds(Map<String, Map<String, Object>> features) {
        Map<String, double[]> thresholds = new HashMap<>();
        for (String name : features.values().iterator().next().keySet()) {
            double[] values = features.values().stream().map(f -> f.get(name)).filter(Number.class::isInstance)
                    .mapToDouble(v -> ((Number) v).doubleValue()).sorted().toArray();
            if (values.length == 0) {
                continue;
            }
            double[] t = new double[3];
            for (int i = 0; i < 3; i++) {
                double rank = (25.0 * (i + 1) / 100) * (values.length - 1);
                int lo = (int) Math.floor(rank);
                int hi = Math.min(values.length - 1, lo + 1);
                t[i] = values[lo] + (rank - lo) * (values[hi] - values[lo]);
            }
            thresholds.put(name, t);
        }
        return thresholds;
    }

    static String key(Map<String, Object> f, Map<String, double[]> thresholds, List<String> pivots) {
        StringBuilder key = new StringBuilder();
        for (String p : pivots) {
            Object v = f.get(p);
            if (v instanceof Number n) {
                int bin = 0;
                for (double t : thresholds.get(p)) {
                    bin += n.doubleValue() > t ? 1 : 0;
                }
                key.append(bin);
            } else {
                key.append(v);
            }
            key.append('|');
        }
        return key.toString();
    }

    static void report(String title, List<String> ids, Map<String, String> family,
                       Map<String, Map<String, Object>> features, Map<String, double[]> thresholds,
                       List<String> pivots) {
        Map<String, String> cluster = new HashMap<>();
        for (String id : ids) {
            cluster.put(id, key(features.get(id), thresholds, pivots));
        }
        long both = 0;
        long sameCluster = 0;
        long sameFamily = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                boolean c = cluster.get(ids.get(i)).equals(cluster.get(ids.get(j)));
                boolean f = family.get(ids.get(i)).equals(family.get(ids.get(j)));
                both += c && f ? 1 : 0;
                sameCluster += c ? 1 : 0;
                sameFamily += f ? 1 : 0;
            }
        }
        long clusters = cluster.values().stream().distinct().count();
        System.out.printf(Locale.ROOT, "%s: %d clusters; pairs in one cluster %d, in one family %d, both %d; "
                        + "precision %.3f, recall %.3f%n", title, clusters, sameCluster, sameFamily, both,
                sameCluster == 0 ? 0.0 : (double) both / sameCluster,
                sameFamily == 0 ? 0.0 : (double) both / sameFamily);
    }

    /**
     * Pairwise precision and recall of overlapping clusters: a page is in one cluster per key it has (a
     * multi-valued keyword pivot), and a pair is in one cluster when the two pages share a key.
     */
    static void reportMulti(String title, List<String> ids, Map<String, String> family,
                            Map<String, List<String>> keys) {
        long both = 0;
        long sameCluster = 0;
        long sameFamily = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                List<String> a = keys.get(ids.get(i));
                boolean c = keys.get(ids.get(j)).stream().anyMatch(a::contains);
                boolean f = family.get(ids.get(i)).equals(family.get(ids.get(j)));
                both += c && f ? 1 : 0;
                sameCluster += c ? 1 : 0;
                sameFamily += f ? 1 : 0;
            }
        }
        long clusters = keys.values().stream().flatMap(List::stream).distinct().count();
        System.out.printf(Locale.ROOT, "%s: %d clusters (overlapping); pairs in one cluster %d, in one family %d, "
                        + "both %d; precision %.3f, recall %.3f%n", title, clusters, sameCluster, sameFamily, both,
                sameCluster == 0 ? 0.0 : (double) both / sameCluster,
                sameFamily == 0 ? 0.0 : (double) both / sameFamily);
    }

    static void simHashDistances(List<String> ids, Map<String, String> family,
                                 Map<String, Map<String, Object>> features) {
        int[] within = new int[65];
        int[] between = new int[65];
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                long a = Long.parseUnsignedLong((String) features.get(ids.get(i)).get("template_simhash"), 16);
                long b = Long.parseUnsignedLong((String) features.get(ids.get(j)).get("template_simhash"), 16);
                int d = Long.bitCount(a ^ b);
                (family.get(ids.get(i)).equals(family.get(ids.get(j))) ? within : between)[d]++;
            }
        }
        System.out.println("template_simhash Hamming distance of page pairs, cumulative share at distance <= d:");
        long w = Arrays.stream(within).sum();
        long b = Arrays.stream(between).sum();
        long cw = 0;
        long cb = 0;
        for (int d = 0; d <= 16; d++) {
            cw += within[d];
            cb += between[d];
            System.out.printf(Locale.ROOT, "  d<=%2d: same family %.3f (%d of %d), other families %.4f (%d of %d)%n",
                    d, (double) cw / w, cw, w, (double) cb / b, cb, b);
        }
    }

    static void languageAgreement(List<String> ids, Map<String, String> language,
                                  Map<String, Map<String, Object>> features) {
        Map<String, int[]> byLanguage = new java.util.TreeMap<>();
        int agree = 0;
        for (String id : ids) {
            String expected = language.get(id);
            boolean ok = expected.equals(features.get(id).get("language"));
            agree += ok ? 1 : 0;
            int[] counts = byLanguage.computeIfAbsent(expected, k -> new int[2]);
            counts[0] += ok ? 1 : 0;
            counts[1]++;
        }
        StringBuilder per = new StringBuilder();
        byLanguage.forEach((lang, c) -> per.append(' ').append(lang).append(' ').append(c[0]).append('/')
                .append(c[1]));
        System.out.printf(Locale.ROOT, "language agrees with families.csv on %d of %d pages;%s%n", agree, ids.size(),
                per);
    }
}
