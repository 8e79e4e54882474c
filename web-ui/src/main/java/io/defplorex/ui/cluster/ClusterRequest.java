package io.defplorex.ui.cluster;

import java.util.List;

/** What the analyst asks {@code POST /_defplorex/cluster} for; checked here, before any request is sent. */
public record ClusterRequest(String index, List<String> features, int minSize, int size) {

    public ClusterRequest {
        if (features == null || features.isEmpty()) {
            throw new IllegalArgumentException("features: pick at least one pivot feature");
        }
        if (minSize < 1) {
            throw new IllegalArgumentException("min size: " + minSize + " is below 1");
        }
        if (size < 1) {
            throw new IllegalArgumentException("size: " + size + " is below 1");
        }
        features = List.copyOf(features);
    }
}
