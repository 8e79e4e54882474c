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
}
