package io.defplorex.plugin;

import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.search.SearchRequest;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.common.xcontent.XContentHelper;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.action.RestToXContentListener;
import org.elasticsearch.search.aggregations.AggregationBuilders;
import org.elasticsearch.search.aggregations.AggregatorFactories;
import org.elasticsearch.search.aggregations.InternalAggregations;
import org.elasticsearch.search.aggregations.bucket.SingleBucketAggregation;
import org.elasticsearch.search.aggregations.bucket.sampler.random.RandomSamplerAggregationBuilder;
import org.elasticsearch.search.aggregations.metrics.Percentiles;
import org.elasticsearch.search.builder.SearchSourceBuilder;
import org.elasticsearch.xcontent.XContentType;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.elasticsearch.rest.RestRequest.Method.GET;
import static org.elasticsearch.rest.RestRequest.Method.POST;

/**
 * {@code POST _defplorex/percentiles} measures the percentiles of numeric features in one search and stores them as
 * the next thresholds version; {@code GET _defplorex/percentiles?index=I[&version=N]} answers a stored version.
 */
public class PercentilesAction extends BaseRestHandler {

    /** The URL parameters of the GET form; the POST form takes a body ({@link PercentilesRequest#FIELDS}). */
    static final Set<String> PARAMS = Set.of("index", "version");

    @Override
    public String getName() {
        return "defplorex_percentiles_action";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(POST, "/_defplorex/percentiles"), new Route(GET, "/_defplorex/percentiles"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) throws IOException {
        ThresholdsStore store = new ThresholdsStore(client);
        if (request.method() == GET) {
            String index = ReadPrivilege.indexParam("index", request.param("index"));
            Integer version = request.hasParam("version") ? version(request.param("version")) : null;
            // read access to defplorex-thresholds covers every index's thresholds: the caller must read this one too
            return channel -> ReadPrivilege.require(client, index, new RestToXContentListener<Thresholds>(channel)
                    .delegateFailureAndWrap((l, allowed) -> store.find(index, version, l)));
        }
        PercentilesRequest percentiles = RestBodies.parse(request, PercentilesRequest::parse);
        return channel -> {
            ActionListener<Thresholds> answer = QueryFailures.named(percentiles.query(),
                    new RestToXContentListener<>(channel));
            FeatureFields.load(client, percentiles.index(), answer.delegateFailureAndWrap((listener, fields) ->
                    measure(client, percentiles, fields,
                            listener.delegateFailureAndWrap((l, thresholds) -> store.add(thresholds, l)))));
        };
    }

    private static Integer version(String text) {
        try {
            int version = Integer.parseInt(text);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw RequestBody.invalid("version", text, "a positive integer");
    }

    private static void measure(NodeClient client, PercentilesRequest request, FeatureFields fields,
                                ActionListener<Thresholds> listener) throws IOException {
        List<String> features = request.features() == null ? List.copyOf(fields.numeric()) : request.features();
        if (features.isEmpty()) {
            throw new IllegalArgumentException("[features] index [" + request.index()
                    + "] has no numeric field under [features]: run the features transformer first");
        }
        double[] percents = request.percents().stream().mapToDouble(Double::doubleValue).toArray();
        SearchSourceBuilder source = new SearchSourceBuilder().size(0).trackTotalHits(true);
        if (request.query() != null) {
            source.query(request.query());
        }
        AggregatorFactories.Builder measures = new AggregatorFactories.Builder();
        for (int i = 0; i < features.size(); i++) {
            measures.addAggregator(AggregationBuilders.percentiles("f" + i)
                    .field(fields.numericField(features.get(i)))
                    .percentiles(percents));
        }
        Sampling sampling = request.sampling();
        if (sampling == null) {
            measures.getAggregatorFactories().forEach(source::aggregation);
        } else {
            RandomSamplerAggregationBuilder sampler = new RandomSamplerAggregationBuilder("sample")
                    .setProbability(sampling.probability());
            if (sampling.seed() != null) {
                sampler.setSeed(sampling.seed());
            }
            measures.getAggregatorFactories().forEach(sampler::subAggregation);
            source.aggregation(sampler);
        }
        Map<String, Object> query = request.queryJson() == null
                ? null
                : XContentHelper.convertToMap(XContentType.JSON.xContent(), request.queryJson(), true);

        client.search(new SearchRequest(request.index()).source(source), listener.map(response -> {
            InternalAggregations aggregations = response.getAggregations();
            Sampling measuredSampling = null;
            if (sampling != null) {
                SingleBucketAggregation sample = aggregations.get("sample");
                aggregations = sample.getAggregations();
                measuredSampling = sampling.measured(sample.getDocCount());
            }
            Map<String, List<Double>> thresholds = new LinkedHashMap<>();
            for (int i = 0; i < features.size(); i++) {
                Percentiles measured = aggregations.get("f" + i);
                List<Double> values = new ArrayList<>();
                for (double percent : percents) {
                    double value = measured.percentile(percent);
                    values.add(Double.isNaN(value) ? null : value);
                }
                thresholds.put(features.get(i), values);
            }
            long documents = response.getHits().getTotalHits().value();
            return new Thresholds(request.index(), 0, Instant.now(), documents, request.percents(), query,
                    measuredSampling, thresholds);
        }));
    }
}
