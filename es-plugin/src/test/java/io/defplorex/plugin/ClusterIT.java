package io.defplorex.plugin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterIT {

    private static final String INDEX = "dpx-plugin-it-cluster";
    private static final String MANY = "dpx-plugin-it-cluster-many";
    private static final EsNode ES = new EsNode();

    @BeforeAll
    static void loadRecords() throws Exception {
        ES.createRecords(INDEX, Records.eightWithFacts());
    }

    @AfterAll
    static void deleteRecords() throws Exception {
        ES.delete("/" + INDEX);
        ES.delete("/" + MANY);
    }

    @Test
    void groupsRecordsWithSameBinsAndValuesLargestFirst() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/cluster",
                "{\"index\": \"" + INDEX + "\", \"features\": [\"img\", \"avg_color\"]}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("documents", 8).containsEntry("total_clusters", 4)
                .containsEntry("thresholds_version", 2).containsEntry("sort", "size").containsEntry("next", null);
        List<Map<String, Object>> clusters = clusters(answer);
        assertThat(clusters).extracting(c -> c.get("key")).containsExactly(
                Map.of("img", 0, "avg_color", "red"),
                Map.of("img", 1, "avg_color", "blue"),
                Map.of("img", 2, "avg_color", "red"),
                Map.of("img", 3, "avg_color", "blue"));
        assertThat(clusters).extracting(c -> c.get("size")).containsExactly(3, 2, 2, 1);

        Map<String, Object> largest = clusters.get(0);
        assertThat(largest).containsEntry("start", "2026-01-01T10:00:00Z").containsEntry("end", "2026-01-03T10:00:00Z")
                .containsEntry("attackers", 2).containsEntry("domains", 2).containsEntry("thresholds_version", 1)
                .containsEntry("top_attackers", List.of(Map.of("name", "alpha", "count", 2),
                        Map.of("name", "beta", "count", 1)));
        assertThat(clusters.get(1)).containsEntry("attackers", 1).containsEntry("domains", 2)
                .containsEntry("top_attackers", List.of(Map.of("name", "beta", "count", 1)));
        assertThat(clusters.get(2)).containsEntry("thresholds_version", 2).containsEntry("domains", 1);
        assertThat(clusters.get(3)).containsEntry("thresholds_version", null)
                .containsEntry("start", "2026-01-08T10:00:00Z").containsEntry("end", "2026-01-08T10:00:00Z");
    }

    @Test
    void factsOfAPageCoverTeamsTldsTextHashesTimelineAndSamples() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/cluster",
                "{\"index\": \"" + INDEX + "\", \"features\": [\"img\", \"avg_color\"]}");

        Map<String, Object> largest = clusters(answer).get(0);
        assertThat(largest).containsEntry("top_teams", List.of(Map.of("name", "t1", "count", 2),
                        Map.of("name", "t2", "count", 1)))
                .containsEntry("tlds", 2)
                .containsEntry("top_tlds", List.of(Map.of("name", "com", "count", 2),
                        Map.of("name", "org", "count", 1)))
                .containsEntry("text_hashes", 2)
                .containsEntry("timeline_interval", "1d")
                .containsEntry("timeline", List.of(Map.of("start", "2026-01-01T00:00:00Z", "count", 1),
                        Map.of("start", "2026-01-02T00:00:00Z", "count", 1),
                        Map.of("start", "2026-01-03T00:00:00Z", "count", 1)))
                .containsEntry("sample_ids", List.of("r1", "r2", "r3"));
        Map<String, Object> single = clusters(answer).get(3);
        assertThat(single).containsEntry("top_teams", List.of()).containsEntry("tlds", 1)
                .containsEntry("text_hashes", 1)
                .containsEntry("timeline_interval", "1h")
                .containsEntry("timeline", List.of(Map.of("start", "2026-01-08T10:00:00Z", "count", 1)))
                .containsEntry("sample_ids", List.of("r8"));
    }

    @Test
    void afterPagesThroughEveryClusterOnceThenEnds() throws Exception {
        List<Object> keys = new ArrayList<>();
        List<Object> totals = new ArrayList<>();
        String after = null;
        do {
            EsNode.Answer page = ES.post("/_defplorex/cluster", "{\"index\": \"" + INDEX
                    + "\", \"features\": [\"img\", \"avg_color\"], \"size\": 1"
                    + (after == null ? "" : ", \"after\": \"" + after + "\"") + "}");
            assertThat(page.status()).as("page after %s: %s", after, page.body()).isEqualTo(200);
            clusters(page).forEach(cluster -> keys.add(cluster.get("key")));
            totals.add(page.body().get("total_clusters"));
            after = (String) page.body().get("next");
        } while (after != null && keys.size() < 10);

        assertThat(keys).containsExactly(
                Map.of("img", 0, "avg_color", "red"),
                Map.of("img", 1, "avg_color", "blue"),
                Map.of("img", 2, "avg_color", "red"),
                Map.of("img", 3, "avg_color", "blue"));
        assertThat(totals).containsExactly(4, 4, 4, 4);
    }

    @Test
    void sortByStartPutsTheEarliestClusterFirstAndPagesInThatOrder() throws Exception {
        String request = "{\"index\": \"" + INDEX + "\", \"features\": [\"img\"], \"sort\": \"%s\", \"size\": 3,"
                + " \"query\": \"NOT id:(r1 OR r2)\"%s}";

        EsNode.Answer bySize = ES.post("/_defplorex/cluster", request.formatted("size", ""));
        EsNode.Answer byStart = ES.post("/_defplorex/cluster", request.formatted("start", ""));
        EsNode.Answer rest = ES.post("/_defplorex/cluster",
                request.formatted("start", ", \"after\": \"" + byStart.body().get("next") + "\""));

        assertThat(clusters(bySize)).extracting(c -> c.get("key")).containsExactly(
                Map.of("img", 1), Map.of("img", 2), Map.of("img", 0));
        assertThat(byStart.body()).containsEntry("sort", "start").containsEntry("documents", 6);
        assertThat(clusters(byStart)).extracting(c -> c.get("key"), c -> c.get("start")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Map.of("img", 0), "2026-01-03T10:00:00Z"),
                org.assertj.core.groups.Tuple.tuple(Map.of("img", 1), "2026-01-04T10:00:00Z"),
                org.assertj.core.groups.Tuple.tuple(Map.of("img", 2), "2026-01-06T10:00:00Z"));
        assertThat(clusters(rest)).extracting(c -> c.get("key")).containsExactly(Map.of("img", 3));
        assertThat(rest.body()).containsEntry("next", null);
    }

    @Test
    void luceneQueryStringNarrowsTheRecords() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/cluster", "{\"index\": \"" + INDEX
                + "\", \"features\": [\"avg_color\"], \"query\": \"attacker:gamma OR team:t1\"}");

        assertThat(answer.body()).containsEntry("documents", 4);
        assertThat(clusters(answer)).extracting(c -> c.get("key"), c -> c.get("size"), c -> c.get("sample_ids"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Map.of("avg_color", "red"), 4,
                        List.of("r1", "r2", "r6", "r7")));
        assertThat(clusters(answer).get(0).get("query").toString()).contains("query_string");
    }

    @Test
    void clusterQuerySelectsExactlyItsRecords() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/cluster",
                "{\"index\": \"" + INDEX + "\", \"features\": [\"img\", \"avg_color\"], \"size\": 1}");
        Map<String, Object> query = (Map<String, Object>) clusters(answer).get(0).get("query");

        EsNode.Answer records = ES.post("/" + INDEX + "/_search?sort=id", "{\"_source\": false, \"query\": "
                + toJson(query) + "}");

        assertThat(query).isEqualTo(Map.of("bool", Map.of("boost", 1.0, "filter", List.of(
                Map.of("term", Map.of("bins.img", Map.of("value", 0))),
                Map.of("term", Map.of("features.avg_color", Map.of("value", "red")))))));
        assertThat(ids(records)).containsExactly("r1", "r2", "r3");
    }

    @Test
    void minSizeAndSizeLimitTheAnswerButNotTheCount() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/cluster",
                "{\"index\": \"" + INDEX + "\", \"features\": [\"img\"], \"min_size\": 2, \"size\": 2}");

        assertThat(answer.body()).containsEntry("total_clusters", 3);
        assertThat(clusters(answer)).extracting(c -> c.get("key")).containsExactly(Map.of("img", 0), Map.of("img", 1));
    }

    @Test
    void queryNarrowsTheRecordsAndTravelsInEachClusterQuery() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/cluster", "{\"index\": \"" + INDEX
                + "\", \"features\": [\"avg_color\"], \"query\": {\"term\": {\"attacker\": \"gamma\"}}}");

        assertThat(answer.body()).containsEntry("documents", 2).containsEntry("total_clusters", 1)
                .containsEntry("thresholds_version", 2);
        Map<String, Object> only = clusters(answer).get(0);
        assertThat(only).containsEntry("key", Map.of("avg_color", "red")).containsEntry("size", 2)
                .containsEntry("top_attackers", List.of(Map.of("name", "gamma", "count", 2)));
        assertThat(only.get("query").toString()).contains("attacker");
    }

    @Test
    void keywordFeatureGroupsOnItsValue() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/cluster",
                "{\"index\": \"" + INDEX + "\", \"features\": [\"avg_color\"]}");

        assertThat(clusters(answer)).extracting(c -> c.get("key"), c -> c.get("size")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Map.of("avg_color", "red"), 5),
                org.assertj.core.groups.Tuple.tuple(Map.of("avg_color", "blue"), 3));
    }

    /** Composite pages of 1,000 keys (the dynamic setting), so 2,500 groups take three pages. */
    @Test
    void pagesThroughMoreGroupsThanOneCompositePage() throws Exception {
        List<Map.Entry<String, String>> records = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            records.add(Map.entry("m" + i, "{\"features\":{\"img\":" + i + ".0},\"bins\":{\"img\":" + i + "}}"));
        }
        records.add(Map.entry("extra1", "{\"features\":{\"img\":1777.0},\"bins\":{\"img\":1777}}"));
        records.add(Map.entry("extra2", "{\"features\":{\"img\":1777.0},\"bins\":{\"img\":1777}}"));
        ES.createRecords(MANY, records);

        EsNode.Answer answer;
        EsNode.Answer pageSize = ES.put("/_cluster/settings",
                "{\"persistent\": {\"defplorex.cluster.page_size\": 1000}}");
        try {
            answer = ES.post("/_defplorex/cluster", "{\"index\": \"" + MANY
                    + "\", \"features\": [\"img\"], \"size\": 2}");
        } finally {
            ES.put("/_cluster/settings", "{\"persistent\": {\"defplorex.cluster.page_size\": null}}");
        }

        assertThat(pageSize.status()).as("%s", pageSize.body()).isEqualTo(200);

        assertThat(answer.body()).containsEntry("documents", 2502).containsEntry("total_clusters", 2500)
                .containsEntry("thresholds_version", null);
        assertThat(clusters(answer)).extracting(c -> c.get("key"), c -> c.get("size")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Map.of("img", 1777), 3),
                org.assertj.core.groups.Tuple.tuple(Map.of("img", 0), 1));
    }

    @Test
    void numericFeatureWithoutBinsAsksForQuantize() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/cluster",
                "{\"index\": \"" + INDEX + "\", \"features\": [\"img\", \"script\"]}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.reason()).isEqualTo("[features] feature [script] of index [" + INDEX + "] is numeric but"
                + " [bins.script] is not mapped: run the quantize transformer first");
    }

    @Test
    void badInputIsRejectedNamingTheField() throws Exception {
        EsNode.Answer unknown = ES.post("/_defplorex/cluster",
                "{\"index\": \"" + INDEX + "\", \"features\": [\"x\"]}");
        EsNode.Answer size = ES.post("/_defplorex/cluster",
                "{\"index\": \"" + INDEX + "\", \"features\": [\"img\"], \"size\": -1}");
        EsNode.Answer missing = ES.post("/_defplorex/cluster", "{\"index\": \"" + INDEX + "\"}");
        EsNode.Answer noIndex = ES.post("/_defplorex/cluster",
                "{\"index\": \"dpx-plugin-it-missing\", \"features\": [\"img\"]}");
        EsNode.Answer sort = ES.post("/_defplorex/cluster",
                "{\"index\": \"" + INDEX + "\", \"features\": [\"img\"], \"sort\": \"end\"}");
        EsNode.Answer after = ES.post("/_defplorex/cluster",
                "{\"index\": \"" + INDEX + "\", \"features\": [\"img\"], \"after\": \"xyz\"}");
        EsNode.Answer minSize = ES.post("/_defplorex/cluster",
                "{\"index\": \"" + INDEX + "\", \"features\": [\"img\"], \"min_size\": 0}");
        EsNode.Answer query = ES.post("/_defplorex/cluster",
                "{\"index\": \"" + INDEX + "\", \"features\": [\"img\"], \"query\": 7}");
        EsNode.Answer field = ES.post("/_defplorex/cluster",
                "{\"index\": \"" + INDEX + "\", \"features\": [\"img\"], \"top\": 7}");
        EsNode.Answer lucene = ES.post("/_defplorex/cluster",
                "{\"index\": \"" + INDEX + "\", \"features\": [\"img\"], \"query\": \"attacker:(\"}");
        EsNode.Answer date = ES.post("/_defplorex/cluster", "{\"index\": \"" + INDEX + "\", \"features\": [\"img\"], "
                + "\"query\": {\"range\": {\"timestamp\": {\"gte\": \"notadate\"}}}}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.reason())
                .startsWith("[features] unknown feature [x]: [features.x] of index [" + INDEX + "]");
        assertThat(size.status()).isEqualTo(400);
        assertThat(size.reason()).isEqualTo("[size] must be an integer between 1 and 1000, got [-1]");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.reason()).isEqualTo("[features] is required");
        assertThat(noIndex.status()).isEqualTo(404);
        assertThat(noIndex.reason()).isEqualTo("no such index [dpx-plugin-it-missing]");
        assertThat(sort.status()).isEqualTo(400);
        assertThat(sort.reason()).isEqualTo("[sort] must be one of [size, start], got [end]");
        assertThat(after.status()).isEqualTo(400);
        assertThat(after.reason()).isEqualTo(
                "[after] must be the [next] cursor of a previous answer with the same features and sort, got [xyz]");
        assertThat(minSize.status()).isEqualTo(400);
        assertThat(minSize.reason()).isEqualTo("[min_size] must be an integer between 1 and 2147483647, got [0]");
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.reason()).isEqualTo("[query] must be a Query DSL object or a Lucene query string, got [7]");
        assertThat(field.status()).isEqualTo(400);
        assertThat(field.reason()).isEqualTo(
                "unknown field [top], expected one of [after, features, index, min_size, query, size, sort]");
        assertThat(lucene.status()).isEqualTo(400);
        assertThat(lucene.reason()).isEqualTo("[query] cannot be run: Failed to parse query [attacker:(]");
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.reason()).startsWith("[query] cannot be run: failed to parse date field [notadate]");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> clusters(EsNode.Answer answer) {
        return (List<Map<String, Object>>) answer.body().get("clusters");
    }

    @SuppressWarnings("unchecked")
    static List<String> ids(EsNode.Answer search) {
        List<Map<String, Object>> hits = (List<Map<String, Object>>) ((Map<String, Object>) search.body().get("hits"))
                .get("hits");
        return hits.stream().map(hit -> (String) hit.get("_id")).toList();
    }

    static String toJson(Map<String, Object> map) throws java.io.IOException {
        try (var builder = org.elasticsearch.xcontent.json.JsonXContent.contentBuilder()) {
            return org.elasticsearch.common.Strings.toString(builder.map(map));
        }
    }
}
