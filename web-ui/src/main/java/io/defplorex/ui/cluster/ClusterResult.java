package io.defplorex.ui.cluster;

import java.util.List;

/**
 * The answer of {@code POST /_defplorex/cluster}: the clusters shown (largest first) and how they were found.
 *
 * @param totalClusters     clusters of at least the minimum size, shown or not
 * @param thresholdsVersion thresholds the bins came from, null when the plugin did not say
 */
public record ClusterResult(long tookMs, long documents, long totalClusters, Integer thresholdsVersion,
                            List<Cluster> clusters) {
}
