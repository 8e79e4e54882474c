package io.defplorex.plugin;

import org.elasticsearch.common.Strings;
import org.elasticsearch.index.query.QueryBuilder;
import org.elasticsearch.xcontent.XContentParser;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * A checked {@code POST _defplorex/percentiles} body.
 *
 * @param features the features to measure, or null for every numeric field under {@code features}
 * @param percents strictly ascending, each in [0, 100], so the thresholds come out ordered as bins need
 * @param sampling how to sample the records, or null to measure all of them
 */
record PercentilesRequest(String index, List<String> features, List<Double> percents, QueryBuilder query,
                          String queryJson, Sampling sampling) {

    static final List<Double> DEFAULT_PERCENTS = List.of(25.0, 50.0, 75.0);

    static final Set<String> FIELDS = Set.of("index", "features", "percents", "query", "sampling");

    static PercentilesRequest parse(XContentParser parser) throws IOException {
        RequestBody body = RequestBody.parse(parser, FIELDS);
        List<Double> percents = body.numbers("percents");
        if (percents == null) {
            percents = DEFAULT_PERCENTS;
        }
        for (int i = 0; i < percents.size(); i++) {
            double p = percents.get(i);
            if (p < 0 || p > 100 || (i > 0 && p <= percents.get(i - 1))) {
                throw RequestBody.invalid("percents", percents, "strictly ascending numbers between 0 and 100");
            }
        }
        QueryBuilder query = body.query();
        String sampling = body.jsonObject("sampling");
        return new PercentilesRequest(body.indexName("index"), body.names("features"), percents, query,
                query == null ? null : Strings.toString(query), sampling == null ? null : Sampling.parse(sampling));
    }
}
