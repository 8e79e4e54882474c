package io.defplorex.plugin;

import org.elasticsearch.common.xcontent.XContentHelper;
import org.elasticsearch.xcontent.ToXContentObject;
import org.elasticsearch.xcontent.XContentBuilder;
import org.elasticsearch.xcontent.XContentType;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How percentiles were measured on a random sample of the records ({@code random_sampler} aggregation), and the
 * error that sample size allows: by the Dvoretzky–Kiefer–Wolfowitz inequality, with 95 % confidence every percentile
 * of a sample of n records lies within {@code rank_error} = 100·√(ln(2/0.05) / 2n) percentile points of the true
 * one (TDigest's own, much smaller, error aside).
 *
 * @param seed             fixes which records are drawn, null for a new draw each call
 * @param sampledDocuments records in the sample, -1 before the search ran
 * @param rankError        percentile points, NaN before the search ran
 */
record Sampling(double probability, Integer seed, long sampledDocuments, double rankError)
        implements ToXContentObject {

    private static final Set<String> FIELDS = Set.of("probability", "seed");

    /** Reads the {@code sampling} object of a request; Elasticsearch samples with p in (0, 0.5] or exactly 1. */
    static Sampling parse(String json) {
        Map<String, Object> fields = XContentHelper.convertToMap(XContentType.JSON.xContent(), json, false);
        for (String field : fields.keySet()) {
            if (FIELDS.contains(field) == false) {
                throw new IllegalArgumentException("unknown field [sampling." + field + "], expected one of "
                        + new TreeSet<>(FIELDS));
            }
        }
        Object p = fields.get("probability");
        double probability = p instanceof Number number ? number.doubleValue() : Double.NaN;
        if ((probability > 0 && probability <= 0.5 || probability == 1.0) == false) {
            throw RequestBody.invalid("sampling.probability", p, "a number in (0, 0.5] or exactly 1");
        }
        Object seed = fields.get("seed");
        if (seed != null && (seed instanceof Integer) == false) {
            throw RequestBody.invalid("sampling.seed", seed, "an integer");
        }
        return new Sampling(probability, (Integer) seed, -1, Double.NaN);
    }

    /** This sampling once the search drew {@code sampled} records. */
    Sampling measured(long sampled) {
        double error = sampled == 0 ? 100.0 : 100 * Math.sqrt(Math.log(2 / 0.05) / (2.0 * sampled));
        return new Sampling(probability, seed, sampled, Math.min(100.0, Math.round(error * 1000) / 1000.0));
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        return builder.startObject()
                .field("probability", probability)
                .field("seed", seed)
                .field("sampled_documents", sampledDocuments)
                .field("rank_error", rankError)
                .endObject();
    }

    static Sampling fromSource(Map<String, Object> source) {
        if (source == null) {
            return null;
        }
        return new Sampling(((Number) source.get("probability")).doubleValue(), (Integer) source.get("seed"),
                ((Number) source.get("sampled_documents")).longValue(),
                ((Number) source.get("rank_error")).doubleValue());
    }
}
