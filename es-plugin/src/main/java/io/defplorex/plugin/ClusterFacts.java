package io.defplorex.plugin;

import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.search.SearchRequest;
import org.elasticsearch.client.internal.Client;
import org.elasticsearch.index.query.BoolQueryBuilder;
import org.elasticsearch.index.query.QueryBuilder;
import org.elasticsearch.index.query.QueryBuilders;
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
import org.elasticsearch.search.aggregations.metrics.TopHitsAggregationBuilder;
import org.elasticsearch.search.builder.SearchSourceBuilder;
import org.elasticsearch.search.fetch.subphase.FetchSourceContext;
import org.elasticsearch.search.sort.SortBuilders;
import org.elasticsearch.search.sort.SortOrder;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
     * @param fields     the index and which fact fields it can aggregate on
     * @param spanMillis the time span of all selected records, from which the timelines' base step is chosen
     */
    static void measure(Client client, FeatureFields fields, QueryBuilder selection, long spanMillis,
                        List<ClusterKey.Sized> chosen, ActionListener<List<Cluster>> listener) {
        if (chosen.isEmpty()) {
            listener.onResponse(List.of());
            return;
        }
        KeyedFilter[] filters = new KeyedFilter[chosen.size()];
        BoolQueryBuilder page = QueryBuilders.boolQuery().minimumShouldMatch(1);
        for (int i = 0; i < chosen.size(); i++) {
            filters[i] = new KeyedFilter("c" + i, chosen.get(i).key().filter());
            page.should(chosen.get(i).key().filter());
        }
        if (selection != null) {
            page.filter(selection);
        }
        Timeline base = Timeline.base(spanMillis, chosen.size());
        // the query visits only the page's records; the filters then split them by cluster
        SearchSourceBuilder source = new SearchSourceBuilder().size(0).query(QueryBuilders.constantScoreQuery(page))
                .aggregation(facts(filters, base, fields.aggregatable()));

        client.search(new SearchRequest(fields.index()).source(source), listener.map(response -> {
            Filters measured = response.getAggregations().get("clusters");
            List<Cluster> result = new ArrayList<>(chosen.size());
            for (int i = 0; i < chosen.size(); i++) {
                ClusterKey.Sized sized = chosen.get(i);
                result.add(cluster(sized, measured.getBucketByKey("c" + i).getAggregations(), base, selection));
            }
            return result;
        }));
    }

    private static FiltersAggregationBuilder facts(KeyedFilter[] filters, Timeline base, Set<String> aggregatable) {
        FiltersAggregationBuilder facts = AggregationBuilders.filters("clusters", filters);
        if (aggregatable.contains("timestamp")) {
            facts.subAggregation(AggregationBuilders.min("start").field("timestamp"))
                    .subAggregation(AggregationBuilders.max("end").field("timestamp"))
                    .subAggregation(AggregationBuilders.dateHistogram("timeline").field("timestamp")
                            .calendarInterval(base.calendarInterval()));
        }
        for (String field : List.of("attacker", "domain", "tld", "extract.text_hash")) {
            if (aggregatable.contains(field)) {
                facts.subAggregation(AggregationBuilders.cardinality(field).field(field));
            }
        }
        for (String field : List.of("attacker", "team", "tld")) {
            if (aggregatable.contains(field)) {
                facts.subAggregation(AggregationBuilders.terms("top_" + field).field(field).size(TOP));
            }
        }
        if (aggregatable.contains("thresholds_version")) {
            facts.subAggregation(AggregationBuilders.max("thresholds_version").field("thresholds_version"));
        }
        TopHitsAggregationBuilder samples = AggregationBuilders.topHits("samples").size(SAMPLES)
                .fetchSource(FetchSourceContext.of(false));
        if (aggregatable.contains("timestamp")) {
            samples.sort(SortBuilders.fieldSort("timestamp").order(SortOrder.ASC));
        }
        if (aggregatable.contains("id")) {
            samples.sort(SortBuilders.fieldSort("id").order(SortOrder.ASC));
        }
        return facts.subAggregation(samples);
    }

    private static Cluster cluster(ClusterKey.Sized sized, InternalAggregations facts, Timeline base,
                                   QueryBuilder selection) {
        double start = facts.get("start") == null ? Double.NaN : facts.<Min>get("start").value();
        double end = facts.get("end") == null ? Double.NaN : facts.<Max>get("end").value();
        Timeline step = base;
        if (Double.isFinite(start) && Double.isFinite(end)) {
            Timeline own = Timeline.forSpan((long) end - (long) start, Timeline.CLUSTER_BUCKETS);
            step = own.compareTo(base) > 0 ? own : base;
        }
        List<Cluster.Count> timeline = facts.get("timeline") == null
                ? List.of()
                : step.merge(timeline(facts.get("timeline")));
        return new Cluster(
                sized.key(),
                sized.size(),
                isoTime(start),
                isoTime(end),
                count(facts, "attacker"),
                top(facts.get("top_attacker")),
                top(facts.get("top_team")),
                count(facts, "domain"),
                count(facts, "tld"),
                top(facts.get("top_tld")),
                count(facts, "extract.text_hash"),
                timeline.isEmpty() ? null : step.interval(),
                timeline,
                sampleIds(facts.get("samples")),
                facts.get("thresholds_version") == null ? null : version(facts.get("thresholds_version")),
                sized.key().filter(selection));
    }

    /** The highest thresholds version a max aggregation saw, null when no record had one. */
    static Long version(Max max) {
        return Double.isFinite(max.value()) ? (long) max.value() : null;
    }

    /** The distinct values of {@code field}, 0 when it is not aggregatable in the index. */
    private static long count(InternalAggregations facts, String field) {
        Cardinality distinct = facts.get(field);
        return distinct == null ? 0 : distinct.getValue();
    }

    private static String isoTime(double epochMillis) {
        return Double.isFinite(epochMillis) ? Instant.ofEpochMilli((long) epochMillis).toString() : null;
    }

    private static List<Cluster.Count> top(Terms terms) {
        List<Cluster.Count> top = new ArrayList<>();
        if (terms == null) {
            return top;
        }
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
