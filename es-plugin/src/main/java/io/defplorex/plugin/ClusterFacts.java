package io.defplorex.plugin;

import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.search.SearchRequest;
import org.elasticsearch.client.internal.Client;
import org.elasticsearch.index.query.QueryBuilder;
import org.elasticsearch.search.aggregations.AggregationBuilders;
import org.elasticsearch.search.aggregations.bucket.filter.Filters;
import org.elasticsearch.search.aggregations.bucket.filter.FiltersAggregationBuilder;
import org.elasticsearch.search.aggregations.bucket.filter.FiltersAggregator.KeyedFilter;
import org.elasticsearch.search.aggregations.bucket.terms.Terms;
import org.elasticsearch.search.aggregations.metrics.Cardinality;
import org.elasticsearch.search.aggregations.metrics.Max;
import org.elasticsearch.search.aggregations.metrics.Min;
import org.elasticsearch.search.builder.SearchSourceBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the facts of the chosen clusters in one search: a {@code filters} aggregation with one filter per cluster
 * and the time span, attacker and domain statistics under it. Only the clusters shown are measured, because
 * per-group statistics cost far more than the grouping itself.
 */
final class ClusterFacts {

    static final int TOP_ATTACKERS = 5;

    private ClusterFacts() {
    }

    static void measure(Client client, String index, QueryBuilder selection, List<ClusterKey.Sized> chosen,
                        ActionListener<List<Cluster>> listener) {
        if (chosen.isEmpty()) {
            listener.onResponse(List.of());
            return;
        }
        KeyedFilter[] filters = new KeyedFilter[chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            filters[i] = new KeyedFilter("c" + i, chosen.get(i).key().filter());
        }
        FiltersAggregationBuilder clusters = AggregationBuilders.filters("clusters", filters)
                .subAggregation(AggregationBuilders.min("start").field("timestamp"))
                .subAggregation(AggregationBuilders.max("end").field("timestamp"))
                .subAggregation(AggregationBuilders.cardinality("attackers").field("attacker"))
                .subAggregation(AggregationBuilders.cardinality("domains").field("domain"))
                .subAggregation(AggregationBuilders.terms("top_attackers").field("attacker").size(TOP_ATTACKERS))
                .subAggregation(AggregationBuilders.max("thresholds_version").field("thresholds_version"));
        SearchSourceBuilder source = new SearchSourceBuilder().size(0).aggregation(clusters);
        if (selection != null) {
            source.query(selection);
        }

        client.search(new SearchRequest(index).source(source), listener.map(response -> {
            Filters measured = response.getAggregations().get("clusters");
            List<Cluster> result = new ArrayList<>(chosen.size());
            for (int i = 0; i < chosen.size(); i++) {
                ClusterKey.Sized sized = chosen.get(i);
                Filters.Bucket bucket = measured.getBucketByKey("c" + i);
                result.add(new Cluster(
                        sized.key(),
                        sized.size(),
                        isoTime(bucket.getAggregations().<Min>get("start").value()),
                        isoTime(bucket.getAggregations().<Max>get("end").value()),
                        count(bucket, "attackers"),
                        topAttackers(bucket.getAggregations().get("top_attackers")),
                        count(bucket, "domains"),
                        version(bucket.getAggregations().get("thresholds_version")),
                        sized.key().filter(selection)));
            }
            return result;
        }));
    }

    /** The highest thresholds version a max aggregation saw, null when no record had one. */
    static Long version(Max max) {
        return Double.isFinite(max.value()) ? (long) max.value() : null;
    }

    private static long count(Filters.Bucket bucket, String name) {
        Cardinality distinct = bucket.getAggregations().get(name);
        return distinct.getValue();
    }

    private static String isoTime(double epochMillis) {
        return Double.isFinite(epochMillis) ? Instant.ofEpochMilli((long) epochMillis).toString() : null;
    }

    private static List<Cluster.AttackerCount> topAttackers(Terms terms) {
        List<Cluster.AttackerCount> top = new ArrayList<>();
        for (Terms.Bucket bucket : terms.getBuckets()) {
            top.add(new Cluster.AttackerCount(bucket.getKeyAsString(), bucket.getDocCount()));
        }
        return top;
    }
}
