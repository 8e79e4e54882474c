package io.defplorex.plugin;

import org.elasticsearch.index.query.QueryBuilder;
import org.elasticsearch.xcontent.XContentParser;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * A checked {@code POST _defplorex/cluster} body: group the records of {@code index} matching {@code query} by the
 * values of {@code features}, keep groups of at least {@code minSize} records, answer {@code size} of them in
 * {@code sort} order, after the cursor {@code after} when given.
 */
record ClusterRequest(String index, List<String> features, QueryBuilder query, int minSize, int size,
                      ClusterSort sort, ClusterCursor after) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 1000;

    static final Set<String> FIELDS = Set.of("index", "features", "query", "min_size", "size", "sort", "after");

    static ClusterRequest parse(XContentParser parser) throws IOException {
        RequestBody body = RequestBody.parse(parser, FIELDS);
        List<String> features = body.requiredNames("features");
        ClusterSort sort = ClusterSort.named(body.choice("sort", "size", ClusterSort.NAMES));
        String after = body.optionalString("after");
        return new ClusterRequest(
                body.indexName("index"),
                features,
                body.query(),
                body.integer("min_size", 1, 1, Integer.MAX_VALUE),
                body.integer("size", DEFAULT_SIZE, 1, MAX_SIZE),
                sort,
                after == null ? null : ClusterCursor.decode(after, sort, features.size()));
    }
}
