package io.defplorex.ui.cluster;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/** How clusters read in the UI: keys as {@code feature=bin} pairs, times in UTC, attackers with counts. */
public final class ClusterFormat {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final int TOP_NAMES = 3;

    private ClusterFormat() {
    }

    /** {@code word_count=2, img_count=1}, in the pivots' order. */
    public static String key(Map<String, String> key) {
        return key.entrySet().stream()
                .map(pivot -> pivot.getKey() + "=" + pivot.getValue())
                .collect(Collectors.joining(", "));
    }

    /** {@code 2024-05-01 13:45:00} (UTC), or a dash when unknown. */
    public static String time(Instant time) {
        return time == null ? "–" : TIME.format(time);
    }

    /** {@code 3: alice (2), bob (1), carol (1)}: distinct attackers, then the most active ones. */
    public static String attackers(Cluster cluster) {
        if (cluster.topAttackers().isEmpty()) {
            return String.valueOf(cluster.attackers());
        }
        String names = cluster.topAttackers().stream()
                .limit(TOP_NAMES)
                .map(top -> top.name() + " (" + top.count() + ")")
                .collect(Collectors.joining(", "));
        return cluster.attackers() + ": " + names;
    }

    /**
     * {@code took 12 ms, 8 documents, 3 clusters}, then how many are shown when not all, then the thresholds
     * version the bins came from when known.
     */
    public static String summary(ClusterResult result) {
        String line = "took " + result.tookMs() + " ms, " + result.documents() + " documents, "
                + result.totalClusters() + " clusters";
        if (result.clusters().size() < result.totalClusters()) {
            line += " (largest " + result.clusters().size() + " shown)";
        }
        if (result.thresholdsVersion() != null) {
            line += "; bins from thresholds v" + result.thresholdsVersion();
        }
        return line;
    }
}
