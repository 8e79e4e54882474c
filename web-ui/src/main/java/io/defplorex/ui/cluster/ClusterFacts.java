package io.defplorex.ui.cluster;

import java.time.Instant;
import java.util.List;

/**
 * The facts the plugin adds to a cluster for issue 5 (design.md, "Cluster facts"); empty lists and -1 when the
 * plugin does not send them yet.
 *
 * @param textHashes distinct {@code extract.text_hash} values, -1 when unknown
 * @param tlds       distinct TLDs, -1 when unknown
 * @param timeline         record counts per time bucket, oldest first
 * @param timelineInterval the buckets' width ({@code 1h}, {@code 1d}, {@code 1w}, {@code 1M}, {@code 1q},
 *                         {@code 1y}), empty when unknown
 */
public record ClusterFacts(long textHashes, long tlds, List<AttackerCount> topTeams, List<AttackerCount> topTlds,
                           List<Point> timeline, List<String> sampleIds, String timelineInterval) {

    public static final ClusterFacts NONE = new ClusterFacts(-1, -1, List.of(), List.of(), List.of(), List.of(), "");

    /** One bucket of a timeline. */
    public record Point(Instant start, long count) {
    }
}
