package io.defplorex.plugin;

import org.elasticsearch.ElasticsearchException;
import org.elasticsearch.ElasticsearchParseException;
import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.search.SearchPhaseExecutionException;
import org.elasticsearch.common.ParsingException;
import org.elasticsearch.index.query.QueryBuilder;
import org.elasticsearch.index.query.QueryShardException;

/**
 * A request's {@code query} that the shards cannot run (a Lucene string that does not parse, a date that is not one)
 * fails deep in the search as "all shards failed"; this names the parameter instead, as every other invalid call does.
 */
final class QueryFailures {

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
        for (ElasticsearchException cause : ElasticsearchException.guessRootCauses(failure)) {
            if (cause instanceof QueryShardException || cause instanceof ParsingException
                    || cause instanceof ElasticsearchParseException) {
                // a failure of ours around the search (a job marked failed) keeps its own words after the cause
                String around = failure instanceof SearchPhaseExecutionException ? "" : "; " + failure.getMessage();
                return new IllegalArgumentException("[query] cannot be run: " + cause.getMessage() + around, failure);
            }
        }
        return failure;
    }
}
