package io.defplorex.plugin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PercentilesIT {

    private static final String INDEX = "dpx-plugin-it-percentiles";
    private static final EsNode ES = new EsNode();

    @BeforeAll
    static void loadRecords() throws Exception {
        ES.createRecords(INDEX, Records.eight());
    }

    @AfterAll
    static void deleteRecordsAndThresholds() throws Exception {
        ES.delete("/" + INDEX);
        for (int version = 1; version <= 5; version++) {
            ES.delete("/defplorex-thresholds/_doc/" + INDEX + ":" + version + "?refresh=true");
        }
    }

    @Test
    @Order(1)
    void pluginIsLoaded() throws Exception {
        assertThat(ES.text("/_cat/plugins?h=component")).contains("defplorex");
    }

    @Test
    @Order(2)
    void quartilesOfEveryNumericFeatureBecomeVersionOne() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/percentiles", "{\"index\": \"" + INDEX + "\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("index", INDEX).containsEntry("version", 1)
                .containsEntry("documents", 8)
                .containsEntry("percents", List.of(25.0, 50.0, 75.0));
        // 1..8 interpolated linearly at rank p/100 * (n - 1): 25% → 1.75 → 2.75
        assertThat(answer.body().get("thresholds")).isEqualTo(Map.of(
                "img", List.of(2.75, 4.5, 6.25),
                "script", List.of(27.5, 45.0, 62.5)));
    }

    @Test
    @Order(3)
    void chosenFeaturesPercentsAndQueryBecomeTheNextVersion() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/percentiles", """
                {"index": "%s", "features": ["img"], "percents": [10, 90],
                 "query": {"range": {"features.img": {"lte": 5}}}}""".formatted(INDEX));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("version", 2).containsEntry("documents", 5);
        List<?> img = (List<?>) ((Map<?, ?>) answer.body().get("thresholds")).get("img");
        // 1..5: rank 0.4 → 1.4, rank 3.6 → 4.6
        assertThat((Double) img.get(0)).isCloseTo(1.4, within(1e-9));
        assertThat((Double) img.get(1)).isCloseTo(4.6, within(1e-9));
        assertThat(answer.body().get("query")).isEqualTo(Map.of("range", Map.of("features.img",
                Map.of("lte", 5, "boost", 1.0))));
    }

    @Test
    @Order(4)
    void storedVersionsAreReadBackCurrentFirst() throws Exception {
        EsNode.Answer current = ES.get("/_defplorex/percentiles?index=" + INDEX);
        EsNode.Answer first = ES.get("/_defplorex/percentiles?index=" + INDEX + "&version=1");
        EsNode.Answer stored = ES.get("/defplorex-thresholds/_doc/" + INDEX + ":1");

        assertThat(current.body()).containsEntry("version", 2);
        assertThat(first.body()).containsEntry("version", 1).containsEntry("percents", List.of(25.0, 50.0, 75.0));
        assertThat(((Map<?, ?>) stored.body().get("_source")).get("thresholds")).isEqualTo(
                first.body().get("thresholds"));
    }

    @Test
    @Order(5)
    void samplingWithProbabilityOneMeasuresEveryRecordAndReportsTheRankError() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/percentiles", """
                {"index": "%s", "features": ["img"], "query": "features.img:>2",
                 "sampling": {"probability": 1, "seed": 42}}""".formatted(INDEX));
        EsNode.Answer stored = ES.get("/_defplorex/percentiles?index=" + INDEX + "&version=3");

        assertThat(answer.status()).isEqualTo(200);
        // 3..8 at ranks 1.25, 2.5, 3.75; the DKW bound for n = 6: 100 * sqrt(ln(40) / 12) = 55.444
        assertThat(answer.body()).containsEntry("version", 3).containsEntry("documents", 6)
                .containsEntry("sampling", Map.of("probability", 1.0, "seed", 42, "sampled_documents", 6,
                        "rank_error", 55.444))
                .containsEntry("thresholds", Map.of("img", List.of(4.25, 5.5, 6.75)));
        assertThat(((Map<?, ?>) ((Map<?, ?>) answer.body().get("query")).get("query_string")).get("query"))
                .isEqualTo("features.img:>2");
        assertThat(stored.body()).containsEntry("sampling", answer.body().get("sampling"));
    }

    @Test
    @Order(6)
    void samplingHalfTheRecordsCountsTheSample() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/percentiles", """
                {"index": "%s", "sampling": {"probability": 0.5}}""".formatted(INDEX));

        assertThat(answer.status()).isEqualTo(200);
        Map<?, ?> sampling = (Map<?, ?>) answer.body().get("sampling");
        long sampled = ((Number) sampling.get("sampled_documents")).longValue();
        assertThat(sampled).isBetween(0L, 8L);
        assertThat(answer.body()).containsEntry("documents", 8);
        assertThat(sampling.get("seed")).isNull();
        assertThat(((Number) sampling.get("rank_error")).doubleValue()).isCloseTo(
                sampled == 0 ? 100.0 : Math.min(100.0, 100 * Math.sqrt(Math.log(40) / (2.0 * sampled))),
                within(0.001));
    }

    @Test
    void badSamplingAndGetParametersAreRejectedNamingThem() throws Exception {
        EsNode.Answer probability = ES.post("/_defplorex/percentiles",
                "{\"index\": \"" + INDEX + "\", \"sampling\": {\"probability\": 0.7}}");
        EsNode.Answer seed = ES.post("/_defplorex/percentiles",
                "{\"index\": \"" + INDEX + "\", \"sampling\": {\"probability\": 0.1, \"seed\": \"x\"}}");
        EsNode.Answer unknown = ES.post("/_defplorex/percentiles",
                "{\"index\": \"" + INDEX + "\", \"sampling\": {\"p\": 0.1}}");
        EsNode.Answer noIndex = ES.get("/_defplorex/percentiles");
        EsNode.Answer version = ES.get("/_defplorex/percentiles?index=" + INDEX + "&version=0");
        EsNode.Answer param = ES.get("/_defplorex/percentiles?index=" + INDEX + "&versions=1");

        assertThat(probability.status()).isEqualTo(400);
        assertThat(probability.reason()).isEqualTo(
                "[sampling.probability] must be a number in (0, 0.5] or exactly 1, got [0.7]");
        assertThat(seed.status()).isEqualTo(400);
        assertThat(seed.reason()).isEqualTo("[sampling.seed] must be an integer, got [x]");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.reason()).isEqualTo("unknown field [sampling.p], expected one of [probability, seed]");
        assertThat(noIndex.status()).isEqualTo(400);
        assertThat(noIndex.reason()).isEqualTo("[index] is required");
        assertThat(version.status()).isEqualTo(400);
        assertThat(version.reason()).isEqualTo("[version] must be a positive integer, got [0]");
        assertThat(param.status()).isEqualTo(400);
        assertThat(param.reason()).startsWith("request [/_defplorex/percentiles] contains unrecognized parameter:"
                + " [versions]");
    }

    @Test
    @Order(7)
    void unknownThresholdsVersionIsNotFound() throws Exception {
        EsNode.Answer answer = ES.get("/_defplorex/percentiles?index=" + INDEX + "&version=9");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.reason()).isEqualTo("no thresholds version [9] stored for index [" + INDEX + "]");
    }

    @Test
    void keywordFeatureIsRejectedNamingIt() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/percentiles",
                "{\"index\": \"" + INDEX + "\", \"features\": [\"avg_color\"]}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.reason()).isEqualTo("[features] unknown feature [avg_color]: [features.avg_color] of index ["
                + INDEX + "] is a keyword, not a number; numeric features: [img, script],"
                + " keyword features: [avg_color]");
    }

    @Test
    void badPercentsAreRejectedNamingThem() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/percentiles",
                "{\"index\": \"" + INDEX + "\", \"percents\": [75, 25]}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.reason()).isEqualTo(
                "[percents] must be strictly ascending numbers between 0 and 100, got [[75.0, 25.0]]");
    }

    @Test
    void queryThatCannotRunIsRejectedNamingIt() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/percentiles",
                "{\"index\": \"" + INDEX + "\", \"query\": \"img:[1 TO\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.reason()).startsWith("[query] cannot be run: Failed to parse query [img:[1 TO]");
    }

    @Test
    void unknownIndexIsNotFound() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/percentiles", "{\"index\": \"dpx-plugin-it-missing\"}");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.reason()).isEqualTo("no such index [dpx-plugin-it-missing]");
    }

    @Test
    void badJsonIsRejected() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/percentiles", "{\"index\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.reason()).isEqualTo("[1:11] Unexpected end of file");
    }
}
