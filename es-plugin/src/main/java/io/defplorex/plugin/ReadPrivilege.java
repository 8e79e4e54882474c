package io.defplorex.plugin;

import org.elasticsearch.ElasticsearchSecurityException;
import org.elasticsearch.ExceptionsHelper;
import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.search.SearchRequest;
import org.elasticsearch.action.support.RefCountingListener;
import org.elasticsearch.client.internal.Client;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.search.builder.SearchSourceBuilder;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Proves that the caller may read an index before an endpoint answers something about it from elsewhere (Redis, the
 * thresholds index): a search of at most one document, run with the caller's identity, which Elasticsearch security
 * refuses with its own 403 when the caller lacks {@code read}. Without security every index is readable.
 */
final class ReadPrivilege {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private ReadPrivilege() {
    }

    /** The value of URL parameter {@code param}: one concrete index name, as the bodies' {@code index} field. */
    static String indexParam(String param, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("[" + param + "] is required");
        }
        if (NAME.matcher(value).matches() == false) {
            throw RequestBody.invalid(param, value, "the name of one index (no wildcards, commas or spaces)");
        }
        return value;
    }

    /**
     * Completes {@code listener} when the caller may read {@code index}, fails it with Elasticsearch's 403 when not.
     * A missing or closed index passes: Elasticsearch authorizes a concrete name before it looks the index up, so
     * any failure but a 403 means the privilege is there (a job's status stays readable after its index is deleted).
     */
    static void require(Client client, String index, ActionListener<Void> listener) {
        if (index == null || NAME.matcher(index).matches() == false) {
            listener.onFailure(new ElasticsearchSecurityException("cannot check the read privilege on index [" + index
                    + "]: not the name of one index", RestStatus.FORBIDDEN));
            return;
        }
        SearchRequest probe = new SearchRequest(index)
                .source(new SearchSourceBuilder().size(0).terminateAfter(1).trackTotalHits(false));
        client.search(probe, ActionListener.wrap(found -> listener.onResponse(null), e -> {
            if (denied(e)) {
                listener.onFailure(e);
            } else {
                listener.onResponse(null);
            }
        }));
    }

    /** Answers which of {@code indices} the caller may read, one probe per index, all at once. */
    static void readable(Client client, Collection<String> indices, ActionListener<Set<String>> listener) {
        Set<String> readable = ConcurrentHashMap.newKeySet();
        try (RefCountingListener probes = new RefCountingListener(listener.map(ignored -> Set.copyOf(readable)))) {
            for (String index : Set.copyOf(indices)) {
                ActionListener<Void> probe = probes.acquire();
                require(client, index, ActionListener.wrap(allowed -> {
                    readable.add(index);
                    probe.onResponse(null);
                }, e -> probe.onResponse(null)));
            }
        }
    }

    private static boolean denied(Exception e) {
        return ExceptionsHelper.status(ExceptionsHelper.unwrapCause(e)) == RestStatus.FORBIDDEN;
    }
}
