package io.defplorex.plugin;

import org.elasticsearch.xcontent.ToXContentObject;
import org.elasticsearch.xcontent.XContentBuilder;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of the percentile thresholds of an index, as stored in {@code defplorex-thresholds} and answered by
 * the percentiles endpoint. A threshold is null when no record has a value for its feature.
 *
 * @param query    the Query DSL that selected the measured records, or null for all of them
 * @param sampling how the records were sampled, or null when all were measured
 */
record Thresholds(String index, int version, Instant created, long documents, List<Double> percents,
                  Map<String, Object> query, Sampling sampling, Map<String, List<Double>> thresholds)
        implements ToXContentObject {

    Thresholds withVersion(int newVersion) {
        return new Thresholds(index, newVersion, created, documents, percents, query, sampling, thresholds);
    }

    String id() {
        return index + ":" + version;
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject();
        builder.field("index", index);
        builder.field("version", version);
        builder.field("created", created.toString());
        builder.field("documents", documents);
        builder.field("percents", percents);
        builder.field("query", query);
        builder.field("sampling", sampling);
        builder.startObject("thresholds");
        for (Map.Entry<String, List<Double>> feature : thresholds.entrySet()) {
            builder.field(feature.getKey(), feature.getValue());
        }
        builder.endObject();
        return builder.endObject();
    }

    /** Reads a stored version back from its {@code _source}. */
    @SuppressWarnings("unchecked")
    static Thresholds fromSource(Map<String, Object> source) {
        Map<String, List<Double>> thresholds = new LinkedHashMap<>();
        ((Map<String, List<Object>>) source.get("thresholds")).forEach((feature, values) -> {
            thresholds.put(feature, doubles(values));
        });
        return new Thresholds(
                (String) source.get("index"),
                ((Number) source.get("version")).intValue(),
                Instant.parse((String) source.get("created")),
                ((Number) source.get("documents")).longValue(),
                doubles((List<Object>) source.get("percents")),
                (Map<String, Object>) source.get("query"),
                Sampling.fromSource((Map<String, Object>) source.get("sampling")),
                thresholds);
    }

    private static List<Double> doubles(List<Object> values) {
        List<Double> doubles = new ArrayList<>(values.size());
        for (Object value : values) {
            doubles.add(value == null ? null : ((Number) value).doubleValue());
        }
        return doubles;
    }
}
