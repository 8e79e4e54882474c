package io.defplorex.ui.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ClusterResponsesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void requestBodyCarriesIndexFeaturesMinSizeAndSize() {
        ClusterRequest request = new ClusterRequest("defacements", List.of("word_count", "avg_color"), 2, 200);

        assertThat(JSON.writeValueAsString(ClusterResponses.body(request))).isEqualTo(
                "{\"index\":\"defacements\",\"features\":[\"word_count\",\"avg_color\"],\"min_size\":2,\"size\":200}");
    }

    @Test
    void queryStartSortAndCursorAreSentOnlyWhenSet() {
        ClusterRequest request = new ClusterRequest("d", List.of("n_img"), 1, 50, "attacker:\"x\"", "start",
                JSON.readTree("{\"n_img\": 2}"));

        assertThat(JSON.writeValueAsString(ClusterResponses.body(request))).isEqualTo("{\"index\":\"d\",\"features\":"
                + "[\"n_img\"],\"min_size\":1,\"size\":50,\"query\":\"attacker:\\\"x\\\"\",\"sort\":\"start\","
                + "\"after\":{\"n_img\":2}}");
    }

    @Test
    void clusterFactsAndTheNextCursorAreRead() {
        JsonNode answer = JSON.readTree("""
                {"took_ms": 1, "documents": 5, "next": {"n_img": 2},
                 "clusters": [{"key": {"n_img": 2}, "size": 5, "query": {"match_all": {}},
                   "text_hashes": 2, "tlds": 3, "top_teams": [{"name": "Red", "count": 5}],
                   "timeline": [{"start": "2024-03-01T00:00:00Z", "count": 4}, {"start": 1709337600000, "count": 1}],
                   "timeline_interval": "1d", "sample_ids": ["a1"]}]}
                """);

        ClusterResult result = ClusterResponses.parse(answer);

        assertThat(result.next().toString()).isEqualTo("{\"n_img\":2}");
        ClusterFacts facts = result.clusters().getFirst().facts();
        assertThat(facts.textHashes()).isEqualTo(2);
        assertThat(facts.tlds()).isEqualTo(3);
        assertThat(facts.topTeams()).containsExactly(new AttackerCount("Red", 5));
        assertThat(facts.timeline()).containsExactly(
                new ClusterFacts.Point(Instant.parse("2024-03-01T00:00:00Z"), 4),
                new ClusterFacts.Point(Instant.parse("2024-03-02T00:00:00Z"), 1));
        assertThat(facts.sampleIds()).containsExactly("a1");
        assertThat(facts.timelineInterval()).isEqualTo("1d");
    }

    @Test
    void answerIsReadWithKeysInPivotOrderAndBothTimeFormats() {
        JsonNode answer = JSON.readTree("""
                {"took_ms": 12, "documents": 8, "total_clusters": 3, "thresholds_version": 4,
                 "clusters": [
                   {"key": {"word_count": 2, "avg_color": "#ff0000"}, "size": 4,
                    "start": "2024-05-01T10:00:00.000Z", "end": 1714651200000, "attackers": 2,
                    "top_attackers": [{"name": "alice", "count": 3}, {"name": "bob", "count": 1}],
                    "domains": 4, "query": {"bool": {"filter": [{"term": {"bins.word_count": 2}}]}}}
                 ]}
                """);

        ClusterResult result = ClusterResponses.parse(answer);

        assertThat(result.tookMs()).isEqualTo(12);
        assertThat(result.documents()).isEqualTo(8);
        assertThat(result.totalClusters()).isEqualTo(3);
        assertThat(result.thresholdsVersion()).isEqualTo(4);
        Cluster cluster = result.clusters().getFirst();
        assertThat(cluster.key()).containsExactly(
                java.util.Map.entry("word_count", "2"), java.util.Map.entry("avg_color", "#ff0000"));
        assertThat(cluster.size()).isEqualTo(4);
        assertThat(cluster.start()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(cluster.end()).isEqualTo(Instant.parse("2024-05-02T12:00:00Z"));
        assertThat(cluster.topAttackers()).containsExactly(new AttackerCount("alice", 3), new AttackerCount("bob", 1));
        assertThat(cluster.domains()).isEqualTo(4);
        assertThat(cluster.query().path("bool").path("filter").size()).isEqualTo(1);
    }

    @Test
    void missingThresholdsVersionAndTimesStayNull() {
        JsonNode answer = JSON.readTree("""
                {"took_ms": 1, "documents": 0, "total_clusters": 1, "thresholds_version": null,
                 "clusters": [{"key": {"tld": "com"}, "size": 1, "query": {"match_all": {}}}]}
                """);

        ClusterResult result = ClusterResponses.parse(answer);

        assertThat(result.thresholdsVersion()).isNull();
        assertThat(result.clusters().getFirst().start()).isNull();
        assertThat(result.clusters().getFirst().topAttackers()).isEmpty();
    }

    @Test
    void malformedClusterIsNamedByItsPosition() {
        JsonNode answer = JSON.readTree("""
                {"took_ms": 1, "documents": 2, "total_clusters": 2, "clusters": [
                  {"key": {"a": 1}, "size": 1, "query": {"match_all": {}}},
                  {"key": {"a": 2}, "size": "many", "query": {"match_all": {}}}]}
                """);

        assertThatThrownBy(() -> ClusterResponses.parse(answer))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clusters[1].size: expected a number, got \"many\"");
    }

    @Test
    void clusterWithoutQueryIsRejected() {
        JsonNode answer = JSON.readTree("""
                {"took_ms": 1, "documents": 1, "clusters": [{"key": {"a": 1}, "size": 1}]}
                """);

        assertThatThrownBy(() -> ClusterResponses.parse(answer))
                .hasMessage("clusters[0].query: not a Query DSL object");
    }
}
