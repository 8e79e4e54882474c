package io.defplorex.ui.cluster;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * What the analyst asks {@code POST /_defplorex/cluster} for; checked here, before any request is sent.
 *
 * @param query a Lucene query string restricting the records, blank for all
 * @param sort  {@code size} (largest first) or {@code start}
 * @param after the {@code next} cursor of the previous page, null for the first
 */
public record ClusterRequest(String index, List<String> features, int minSize, int size, String query, String sort,
                             JsonNode after) {

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
        if (sort != null && !sort.equals("size") && !sort.equals("start")) {
            throw new IllegalArgumentException("sort: '" + sort + "' is neither size nor start");
        }
        features = List.copyOf(features);
    }

    public ClusterRequest(String index, List<String> features, int minSize, int size) {
        this(index, features, minSize, size, null, null, null);
    }
}
