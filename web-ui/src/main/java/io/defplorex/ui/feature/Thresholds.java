package io.defplorex.ui.feature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** A stored thresholds version ({@code GET/POST /_defplorex/percentiles}): feature → thresholds. */
public record Thresholds(int version, long documents, List<Double> percents, Map<String, List<Double>> byFeature) {

    public static Thresholds parse(JsonNode answer) {
        List<Double> percents = new ArrayList<>();
        answer.path("percents").forEach(percent -> percents.add(percent.asDouble()));
        Map<String, List<Double>> byFeature = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> feature : answer.path("thresholds").properties()) {
            List<Double> values = new ArrayList<>();
            feature.getValue().forEach(value -> values.add(value.isNull() ? null : value.asDouble()));
            byFeature.put(feature.getKey(), values);
        }
        return new Thresholds(answer.path("version").asInt(), answer.path("documents").asLong(), percents, byFeature);
    }
}
