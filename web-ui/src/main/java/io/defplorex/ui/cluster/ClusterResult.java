package io.defplorex.ui.cluster;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code POST /_defplorex/cluster}: the clusters shown (largest first) and how they were found.
 *
 * @param totalClusters     clusters of at least the minimum size, shown or not
 * @param thresholdsVersion thresholds the bins came from, null when the plugin did not say
 * @param next              the cursor of the next page ({@code after}), null on the last page
 */
public record ClusterResult(long tookMs, long documents, long totalClusters, Integer thresholdsVersion,
                            List<Cluster> clusters, JsonNode next) {

    public ClusterResult(long tookMs, long documents, long totalClusters, Integer thresholdsVersion,
                         List<Cluster> clusters) {
        this(tookMs, documents, totalClusters, thresholdsVersion, clusters, null);
    }
}
