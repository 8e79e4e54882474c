package io.defplorex.ui.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.JsonNodeFactory;

class ClusterFormatTest {

    @Test
    void keyListsFeatureBinPairsInPivotOrder() {
        Map<String, String> key = new LinkedHashMap<>();
        key.put("word_count", "2");
        key.put("img_count", "0");
        key.put("avg_color", "#102030");

        assertThat(ClusterFormat.key(key)).isEqualTo("word_count=2, img_count=0, avg_color=#102030");
    }

    @Test
    void timeIsUtcToTheSecondOrADash() {
        assertThat(ClusterFormat.time(Instant.parse("2024-05-01T13:45:07.900Z"))).isEqualTo("2024-05-01 13:45:07");
        assertThat(ClusterFormat.time(null)).isEqualTo("–");
    }

    @Test
    void attackersShowCountThenTopThreeNames() {
        Cluster cluster = cluster(5, List.of(new AttackerCount("alice", 4), new AttackerCount("bob", 2),
                new AttackerCount("carol", 1), new AttackerCount("dave", 1)));

        assertThat(ClusterFormat.attackers(cluster)).isEqualTo("5: alice (4), bob (2), carol (1)");
        assertThat(ClusterFormat.attackers(cluster(0, List.of()))).isEqualTo("0");
    }

    @Test
    void summarySaysWhenOnlyTheLargestClustersAreShownAndWhichThresholds() {
        Cluster one = cluster(1, List.of());

        assertThat(ClusterFormat.summary(new ClusterResult(12, 8, 1, null, List.of(one))))
                .isEqualTo("took 12 ms, 8 documents, 1 clusters");
        assertThat(ClusterFormat.summary(new ClusterResult(30, 900, 350, 2, List.of(one))))
                .isEqualTo("took 30 ms, 900 documents, 350 clusters (largest 1 shown); bins from thresholds v2");
    }

    private static Cluster cluster(long attackers, List<AttackerCount> top) {
        return new Cluster(Map.of("tld", "com"), 3, null, null, attackers, top, 1,
                JsonNodeFactory.instance.objectNode());
    }
}
