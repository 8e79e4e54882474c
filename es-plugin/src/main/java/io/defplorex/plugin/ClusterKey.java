package io.defplorex.plugin;

import org.elasticsearch.index.query.BoolQueryBuilder;
import org.elasticsearch.index.query.QueryBuilder;
import org.elasticsearch.index.query.QueryBuilders;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared values that define a cluster: for each pivot, the bin (a number) of a numeric feature or the value of
 * a keyword feature. Keys order numbers numerically and text lexically, pivot by pivot.
 *
 * @param values one value per pivot, in pivot order
 */
record ClusterKey(List<Pivot> pivots, List<Object> values) implements Comparable<ClusterKey> {

    /** The largest cluster first; equal sizes in key order, so the answer does not depend on shard timing. */
    static final Comparator<Sized> LARGEST_FIRST =
            Comparator.comparingLong(Sized::size).reversed().thenComparing(Sized::key);

    /**
     * A key with the number of records that share it.
     *
     * @param start epoch millis of its first record, {@link Long#MAX_VALUE} when unknown or not measured
     */
    record Sized(ClusterKey key, long size, long start) {
    }

    ClusterKey {
        if (pivots.size() != values.size()) {
            throw new IllegalArgumentException("a cluster key needs one value per pivot: " + pivots + " vs " + values);
        }
        pivots = List.copyOf(pivots);
        values = List.copyOf(values);
    }

    /** The key as the answer shows it: feature name → bin or value. */
    Map<String, Object> byFeature() {
        Map<String, Object> byFeature = new LinkedHashMap<>();
        for (int i = 0; i < pivots.size(); i++) {
            byFeature.put(pivots.get(i).feature(), values.get(i));
        }
        return byFeature;
    }

    /** A bool filter of one term query per pivot, selecting exactly the records of this cluster. */
    BoolQueryBuilder filter() {
        BoolQueryBuilder filter = QueryBuilders.boolQuery();
        for (int i = 0; i < pivots.size(); i++) {
            filter.filter(QueryBuilders.termQuery(pivots.get(i).field(), values.get(i)));
        }
        return filter;
    }

    /** {@link #filter()} narrowed further by the query that selected the clustered records, when there was one. */
    BoolQueryBuilder filter(QueryBuilder selection) {
        BoolQueryBuilder filter = filter();
        if (selection != null) {
            filter.filter(selection);
        }
        return filter;
    }

    @Override
    public int compareTo(ClusterKey other) {
        for (int i = 0; i < values.size(); i++) {
            int order = compareValues(values.get(i), other.values.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static int compareValues(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return a.toString().compareTo(b.toString());
    }
}
