package io.defplorex.ui.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class RecordSearchesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void searchUsesTheClusterQueryListedFieldsAndOldestFirst() {
        String body = JSON.writeValueAsString(RecordSearches.body(JSON.readTree("{\"term\":{\"bins.a\":1}}"), 200));

        assertThat(body).isEqualTo("{\"query\":{\"term\":{\"bins.a\":1}},\"size\":200,\"track_total_hits\":true,"
                + "\"_source\":[\"url\",\"attacker\",\"timestamp\",\"extract.title\"],"
                + "\"sort\":[{\"timestamp\":{\"order\":\"asc\",\"unmapped_type\":\"date\"}}]}");
    }

    @Test
    void hitsBecomeRecordsAndAbsentFieldsStayNull() {
        String answer = """
                {"hits": {"total": {"value": 7, "relation": "eq"}, "hits": [
                  {"_id": "r1", "_source": {"url": "http://a.example/", "attacker": "alice",
                   "timestamp": "2024-05-01T10:00:00Z", "extract": {"title": "hacked"}}},
                  {"_id": "r2", "_source": {"url": "http://b.example/", "timestamp": "2024-05-02T10:00:00Z"}}]}}
                """;

        RecordPage page = RecordSearches.parse(JSON.readTree(answer));

        assertThat(page.total()).isEqualTo(7);
        assertThat(page.records()).containsExactly(
                new ClusterRecord("r1", "http://a.example/", "alice", Instant.parse("2024-05-01T10:00:00Z"), "hacked"),
                new ClusterRecord("r2", "http://b.example/", null, Instant.parse("2024-05-02T10:00:00Z"), null));
    }

    @Test
    void badTimestampNamesTheRecord() {
        String answer = """
                {"hits": {"hits": [{"_id": "r9", "_source": {"timestamp": "yesterday"}}]}}
                """;

        assertThatThrownBy(() -> RecordSearches.parse(JSON.readTree(answer)))
                .hasMessage("record r9: timestamp: 'yesterday' is not an ISO-8601 date");
    }
}
