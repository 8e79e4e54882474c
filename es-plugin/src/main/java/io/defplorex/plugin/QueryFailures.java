package io.defplorex.plugin;

import org.elasticsearch.ElasticsearchParseException;
import org.elasticsearch.ExceptionsHelper;
import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.search.SearchPhaseExecutionException;
import org.elasticsearch.action.search.ShardSearchFailure;
import org.elasticsearch.common.ParsingException;
import org.elasticsearch.index.query.QueryBuilder;
import org.elasticsearch.index.query.QueryShardException;

/**
 * A request's {@code query} that the shards cannot run (a Lucene string that does not parse, a date that is not one)
 * fails deep in the search as "all shards failed"; this names the parameter instead, as every other invalid call does.
 */
final class QueryFailures {

    /** What a shard throws for a query it cannot build, anywhere in the cause chain of its failure. */
    private static final Class<?>[] QUERY_ERRORS =
            {QueryShardException.class, ParsingException.class, ElasticsearchParseException.class};

    private QueryFailures() {
    }

    /** {@code listener}, whose failures caused by {@code query} become a 400 naming {@code [query]}. */
    static <T> ActionListener<T> named(QueryBuilder query, ActionListener<T> listener) {
        if (query == null) {
            return listener;
        }
        return listener.delegateResponse((l, e) -> l.onFailure(named(e)));
    }

    static Exception named(Exception failure) {
        Throwable cause = queryError(failure);
        if (cause == null) {
            return failure;
        }
        // a failure of ours around the search (a job marked failed) keeps its own words after the cause
        String around = failure instanceof SearchPhaseExecutionException ? "" : "; " + failure.getMessage();
        return new IllegalArgumentException("[query] cannot be run: " + cause.getMessage() + around, failure);
    }

    /**
     * The shards' own error, searched down each shard failure's causes rather than taken as the root cause: a shard
     * on another node sends Lucene's parse exception wrapped in a serialisable stand-in, which would then be the root.
     */
    private static Throwable queryError(Exception failure) {
        if (ExceptionsHelper.unwrap(failure, SearchPhaseExecutionException.class)
                instanceof SearchPhaseExecutionException search) {
            for (ShardSearchFailure shard : search.shardFailures()) {
                Throwable error = ExceptionsHelper.unwrap(shard.getCause(), QUERY_ERRORS);
                if (error != null) {
                    return error;
                }
            }
        }
        return ExceptionsHelper.unwrap(failure, QUERY_ERRORS);
    }
}
