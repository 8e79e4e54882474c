package io.defplorex.ui.feature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.defplorex.ui.chart.Histogram;
import io.defplorex.ui.cluster.AttackerCount;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The distributions the features view draws, in two searches: min/max of every numeric feature, then one
 * histogram of {@value #BUCKETS} equal buckets per numeric feature and the top values of every keyword feature.
 */
public final class FeatureStats {

    static final int BUCKETS = 40;
    private static final int TOP_VALUES = 5;

    /** A numeric feature's histogram. */
    public record Distribution(double interval, List<Histogram.Bucket> buckets) {
    }

    private FeatureStats() {
    }

    public static ObjectNode rangesBody(List<Feature> features) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("size", 0);
        ObjectNode aggs = body.putObject("aggs");
        features.stream().filter(Feature::numeric).forEach(feature ->
                aggs.putObject(feature.name()).putObject("stats").put("field", "features." + feature.name()));
        return body;
    }

    /** Feature → bucket width, from the ranges answer; a feature without values is left out. */
    public static Map<String, double[]> ranges(JsonNode answer) {
        Map<String, double[]> ranges = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> agg : answer.path("aggregations").properties()) {
            JsonNode stats = agg.getValue();
            if (stats.path("count").asLong() > 0) {
                ranges.put(agg.getKey(), new double[] {stats.path("min").asDouble(), stats.path("max").asDouble()});
            }
        }
        return ranges;
    }

    public static ObjectNode histogramsBody(List<Feature> features, Map<String, double[]> ranges) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("size", 0);
        ObjectNode aggs = body.putObject("aggs");
        for (Feature feature : features) {
            String field = "features." + feature.name();
            if (!feature.numeric()) {
                ObjectNode terms = aggs.putObject(feature.name()).putObject("terms");
                terms.put("field", field);
                terms.put("size", TOP_VALUES);
            } else if (ranges.containsKey(feature.name())) {
                double[] range = ranges.get(feature.name());
                ObjectNode histogram = aggs.putObject(feature.name()).putObject("histogram");
                histogram.put("field", field);
                histogram.put("interval", interval(range));
                histogram.put("min_doc_count", 0);
            }
        }
        return body;
    }

    public static Map<String, Distribution> distributions(JsonNode answer, Map<String, double[]> ranges) {
        Map<String, Distribution> distributions = new LinkedHashMap<>();
        ranges.forEach((feature, range) -> {
            List<Histogram.Bucket> buckets = new ArrayList<>();
            answer.path("aggregations").path(feature).path("buckets").forEach(bucket ->
                    buckets.add(new Histogram.Bucket(bucket.path("key").asDouble(),
                            bucket.path("doc_count").asLong())));
            distributions.put(feature, new Distribution(interval(range), buckets));
        });
        return distributions;
    }

    public static List<AttackerCount> topValues(JsonNode answer, String feature) {
        List<AttackerCount> values = new ArrayList<>();
        answer.path("aggregations").path(feature).path("buckets").forEach(bucket ->
                values.add(new AttackerCount(bucket.path("key").asString(), bucket.path("doc_count").asLong())));
        return values;
    }

    static double interval(double[] range) {
        double width = (range[1] - range[0]) / BUCKETS;
        return width > 0 ? width : 1;
    }
}
