package io.defplorex.ui.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.defplorex.ui.cluster.AttackerCount;
import tools.jackson.databind.json.JsonMapper;

class CampaignFactsTest {

    @Test
    void topWordsCountEachTitlesRecordsOnceAndSkipShortWords() {
        List<AttackerCount> words = CampaignFacts.words(List.of(
                new AttackerCount("Hacked by Red Team, hacked!", 3), new AttackerCount("red alert", 2)));

        assertThat(words).containsExactly(new AttackerCount("red", 5), new AttackerCount("hacked", 3),
                new AttackerCount("team", 3), new AttackerCount("alert", 2));
    }

    @Test
    void timelineIntervalSplitsTheSpanInFortyAndIsAtLeastAMinute() {
        var json = JsonMapper.builder().build();

        assertThat(CampaignFacts.interval(json.readTree(
                "{\"aggregations\": {\"start\": {\"value\": 0}, \"end\": {\"value\": 4000000}}}"))).isEqualTo(100_000);
        assertThat(CampaignFacts.interval(json.readTree(
                "{\"aggregations\": {\"start\": {\"value\": null}, \"end\": {\"value\": null}}}"))).isEqualTo(60_000);
    }

    @Test
    void teamsOfEachAttackerComeFromTheSubAggregationAndTheTimelineIsLeftOutForACluster() {
        var json = JsonMapper.builder().build();

        CampaignFacts facts = CampaignFacts.parse(json.readTree("""
                {"took": 3, "hits": {"total": {"value": 5}, "hits": []}, "aggregations": {
                  "start": {"value_as_string": "2024-03-01T08:00:00.000Z"},
                  "end": {"value_as_string": "2024-03-05T12:00:00.000Z"},
                  "attacker_teams": {"buckets": [
                    {"key": "alice", "doc_count": 3, "teams": {"buckets": [{"key": "Red", "doc_count": 2},
                      {"key": "Blue", "doc_count": 1}]}},
                    {"key": "bob", "doc_count": 2, "teams": {"buckets": []}}]}}}"""));

        assertThat(facts.attackerTeams()).containsExactly(
                java.util.Map.entry("alice", List.of(new AttackerCount("Red", 2), new AttackerCount("Blue", 1))),
                java.util.Map.entry("bob", List.of()));
        assertThat(facts.timeline()).isEmpty();
        assertThat(CampaignFacts.body(Queries.lucene(""), 0).path("aggs").has("timeline")).isFalse();
        assertThat(CampaignFacts.body(Queries.lucene(""), 0).path("aggs").path("attacker_teams").toString())
                .isEqualTo("{\"terms\":{\"field\":\"attacker\",\"size\":15},"
                        + "\"aggs\":{\"teams\":{\"terms\":{\"field\":\"team\",\"size\":10}}}}");
    }
}
