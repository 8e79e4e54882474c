package io.defplorex.ui.cluster;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * Finds the features an index can be clustered on, from its {@code _mapping}: numeric features that
 * already have a {@code bins.<feature>} (quantized), and keyword features, which pivot on their value.
 */
public final class PivotFeatures {

    private static final Set<String> NUMERIC = Set.of("long", "integer", "short", "byte", "double", "float",
            "half_float", "scaled_float", "unsigned_long");

    private PivotFeatures() {
    }

    /**
     * @param mapping the answer of {@code GET <index>/_mapping}; several indices (an alias) are merged
     * @return feature names, sorted
     */
    public static Set<String> fromMapping(JsonNode mapping) {
        Set<String> pivots = new TreeSet<>();
        for (JsonNode index : mapping.values()) {
            JsonNode properties = index.path("mappings").path("properties");
            JsonNode features = properties.path("features").path("properties");
            JsonNode bins = properties.path("bins").path("properties");
            for (Map.Entry<String, JsonNode> feature : features.properties()) {
                String type = feature.getValue().path("type").asString("");
                boolean binned = bins.has(feature.getKey());
                if ("keyword".equals(type) || NUMERIC.contains(type) && binned) {
                    pivots.add(feature.getKey());
                }
            }
        }
        return pivots;
    }
}
