package io.defplorex.plugin;

import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.search.SearchRequest;
import org.elasticsearch.client.internal.Client;
import org.elasticsearch.index.query.QueryBuilder;
import org.elasticsearch.search.SearchHit;
import org.elasticsearch.search.aggregations.AggregationBuilders;
import org.elasticsearch.search.aggregations.InternalAggregations;
import org.elasticsearch.search.aggregations.bucket.filter.Filters;
import org.elasticsearch.search.aggregations.bucket.filter.FiltersAggregationBuilder;
import org.elasticsearch.search.aggregations.bucket.filter.FiltersAggregator.KeyedFilter;
import org.elasticsearch.search.aggregations.bucket.histogram.Histogram;
import org.elasticsearch.search.aggregations.bucket.terms.Terms;
import org.elasticsearch.search.aggregations.metrics.Cardinality;
import org.elasticsearch.search.aggregations.metrics.Max;
import org.elasticsearch.search.aggregations.metrics.Min;
import org.elasticsearch.search.aggregations.metrics.TopHits;
import org.elasticsearch.search.builder.SearchSourceBuilder;
import org.elasticsearch.search.fetch.subphase.FetchSourceContext;
import org.elasticsearch.search.sort.SortBuilders;
import org.elasticsearch.search.sort.SortOrder;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the facts of one page of clusters in one search: a {@code filters} aggregation with one filter per cluster
 * and the time span, attacker, team, domain, TLD and text statistics, a timeline and sample IDs under it. Only the
 * clusters shown are measured, because per-group statistics cost far more than the grouping itself.
 */
final class ClusterFacts {

    static final int TOP = 5;
    static final int SAMPLES = 5;

    private ClusterFacts() {
    }

    /**
     * @param spanMillis the time span of all selected records, from which the timelines' base step is chosen
     */
    static void measure(Client client, String index, QueryBuilder selection, long spanMillis,
                        List<ClusterKey.Sized> chosen, ActionListener<List<Cluster>> listener) {
        if (chosen.isEmpty()) {
            listener.onResponse(List.of());
            return;
        }
        KeyedFilter[] filters = new KeyedFilter[chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            filters[i] = new KeyedFilter("c" + i, chosen.get(i).key().filter());
        }
        Timeline base = Timeline.base(spanMillis, chosen.size());
        SearchSourceBuilder source = new SearchSourceBuilder().size(0).aggregation(facts(filters, base));
        if (selection != null) {
            source.query(selection);
        }

        client.search(new SearchRequest(index).source(source), listener.map(response -> {
            Filters measured = response.getAggregations().get("clusters");
            List<Cluster> result = new ArrayList<>(chosen.size());
            for (int i = 0; i < chosen.size(); i++) {
                ClusterKey.Sized sized = chosen.get(i);
                result.add(cluster(sized, measured.getBucketByKey("c" + i).getAggregations(), base, selection));
            }
            return result;
        }));
    }

    private static FiltersAggregationBuilder facts(KeyedFilter[] filters, Timeline base) {
        return AggregationBuilders.filters("clusters", filters)
                .subAggregation(AggregationBuilders.min("start").field("timestamp"))
                .subAggregation(AggregationBuilders.max("end").field("timestamp"))
                .subAggregation(AggregationBuilders.cardinality("attackers").field("attacker"))
                .subAggregation(AggregationBuilders.cardinality("domains").field("domain"))
                .subAggregation(AggregationBuilders.cardinality("tlds").field("tld"))
                .subAggregation(AggregationBuilders.cardinality("text_hashes").field("extract.text_hash"))
                .subAggregation(AggregationBuilders.terms("top_attackers").field("attacker").size(TOP))
                .subAggregation(AggregationBuilders.terms("top_teams").field("team").size(TOP))
                .subAggregation(AggregationBuilders.terms("top_tlds").field("tld").size(TOP))
                .subAggregation(AggregationBuilders.dateHistogram("timeline").field("timestamp")
                        .calendarInterval(base.calendarInterval()))
                .subAggregation(AggregationBuilders.topHits("samples").size(SAMPLES)
                        .fetchSource(FetchSourceContext.of(false))
                        .sort(SortBuilders.fieldSort("timestamp").order(SortOrder.ASC).unmappedType("date"))
                        .sort(SortBuilders.fieldSort("id").order(SortOrder.ASC).unmappedType("keyword")))
                .subAggregation(AggregationBuilders.max("thresholds_version").field("thresholds_version"));
    }

    private static Cluster cluster(ClusterKey.Sized sized, InternalAggregations facts, Timeline base,
                                  QueryBuilder selection) {
        double start = facts.<Min>get("start").value();
        double end = facts.<Max>get("end").value();
        Timeline step = base;
        if (Double.isFinite(start) && Double.isFinite(end)) {
            Timeline own = Timeline.forSpan((long) end - (long) start, Timeline.CLUSTER_BUCKETS);
            step = own.compareTo(base) > 0 ? own : base;
        }
        List<Cluster.Count> timeline = step.merge(timeline(facts.get("timeline")));
        return new Cluster(
                sized.key(),
                sized.size(),
                isoTime(start),
                isoTime(end),
                count(facts, "attackers"),
                top(facts.get("top_attackers")),
                top(facts.get("top_teams")),
                count(facts, "domains"),
                count(facts, "tlds"),
                top(facts.get("top_tlds")),
                count(facts, "text_hashes"),
                timeline.isEmpty() ? null : step.interval(),
                timeline,
                sampleIds(facts.get("samples")),
                version(facts.get("thresholds_version")),
                sized.key().filter(selection));
    }

    /** The highest thresholds version a max aggregation saw, null when no record had one. */
    static Long version(Max max) {
        return Double.isFinite(max.value()) ? (long) max.value() : null;
    }

    private static long count(InternalAggregations facts, String name) {
        Cardinality distinct = facts.get(name);
        return distinct.getValue();
    }

    private static String isoTime(double epochMillis) {
        return Double.isFinite(epochMillis) ? Instant.ofEpochMilli((long) epochMillis).toString() : null;
    }

    private static List<Cluster.Count> top(Terms terms) {
        List<Cluster.Count> top = new ArrayList<>();
        for (Terms.Bucket bucket : terms.getBuckets()) {
            top.add(new Cluster.Count(bucket.getKeyAsString(), bucket.getDocCount()));
        }
        return top;
    }

    private static List<Cluster.Count> timeline(Histogram histogram) {
        List<Cluster.Count> timeline = new ArrayList<>();
        for (Histogram.Bucket bucket : histogram.getBuckets()) {
            timeline.add(new Cluster.Count(((ZonedDateTime) bucket.getKey()).toInstant().toString(),
                    bucket.getDocCount()));
        }
        return timeline;
    }

    private static List<String> sampleIds(TopHits samples) {
        List<String> ids = new ArrayList<>();
        for (SearchHit hit : samples.getHits().getHits()) {
            ids.add(hit.getId());
        }
        return ids;
    }
}
