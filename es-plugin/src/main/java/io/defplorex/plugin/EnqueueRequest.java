package io.defplorex.plugin;

import org.elasticsearch.common.Strings;
import org.elasticsearch.index.query.QueryBuilder;
import org.elasticsearch.xcontent.XContentParser;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * A checked {@code POST _defplorex/enqueue} body: run {@code transformers} on the records of {@code index} matching
 * {@code query}, {@code batchSize} records per batch; a dry run only counts them.
 *
 * @param queryJson  the query as JSON text, or null for every record
 * @param paramsJson the transformers' parameters as a JSON object, or null
 */
record EnqueueRequest(String index, QueryBuilder query, String queryJson, List<String> transformers, int batchSize,
                      String paramsJson, boolean dryRun) {

    static final int DEFAULT_BATCH_SIZE = 1000;
    static final int MAX_BATCH_SIZE = 10_000;
    /** At most this many IDs are held at once: {@code index.max_result_window}'s default, so any index can page. */
    static final int ID_PAGE = 10_000;

    static final Set<String> FIELDS =
            Set.of("index", "query", "transformers", "batch_size", "params", "dry_run");

    static EnqueueRequest parse(XContentParser parser) throws IOException {
        return parse(parser, DEFAULT_BATCH_SIZE);
    }

    /** @param defaultBatchSize the batch size when the body has none (setting {@code defplorex.enqueue.batch_size}) */
    static EnqueueRequest parse(XContentParser parser, int defaultBatchSize) throws IOException {
        RequestBody body = RequestBody.parse(parser, FIELDS);
        QueryBuilder query = body.query();
        return new EnqueueRequest(
                body.indexName("index"),
                query,
                query == null ? null : Strings.toString(query),
                body.requiredNames("transformers"),
                body.integer("batch_size", defaultBatchSize, 1, MAX_BATCH_SIZE),
                body.jsonObject("params"),
                body.bool("dry_run", false));
    }

    /**
     * The IDs fetched per search: the largest multiple of the batch size within {@link #ID_PAGE}. Each page costs a
     * search round trip whatever its size, so one page per small batch made enqueueing 3 to 4 times slower
     * (bench/plugin.md).
     */
    int idPageSize() {
        return Math.max(batchSize, ID_PAGE / batchSize * batchSize);
    }
}
