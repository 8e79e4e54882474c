package io.defplorex.plugin;

import org.elasticsearch.ExceptionsHelper;
import org.elasticsearch.ResourceAlreadyExistsException;
import org.elasticsearch.ResourceNotFoundException;
import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.DocWriteRequest;
import org.elasticsearch.action.admin.indices.create.CreateIndexRequest;
import org.elasticsearch.action.index.IndexRequest;
import org.elasticsearch.action.search.SearchRequest;
import org.elasticsearch.action.support.WriteRequest;
import org.elasticsearch.client.internal.Client;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexNotFoundException;
import org.elasticsearch.index.engine.VersionConflictEngineException;
import org.elasticsearch.index.query.QueryBuilders;
import org.elasticsearch.search.aggregations.AggregationBuilders;
import org.elasticsearch.search.aggregations.metrics.Max;
import org.elasticsearch.search.builder.SearchSourceBuilder;
import org.elasticsearch.search.sort.SortOrder;
import org.elasticsearch.xcontent.ToXContent;
import org.elasticsearch.xcontent.XContentBuilder;
import org.elasticsearch.xcontent.XContentFactory;

import java.io.IOException;
import java.util.Map;

/**
 * Versioned thresholds in index {@code defplorex-thresholds}, one document {@code <index>:<version>} per version.
 * A new version is written with op type {@code create}, so two concurrent calls cannot take the same number:
 * the loser retries with the next one.
 */
final class ThresholdsStore {

    static final String INDEX = "defplorex-thresholds";
    private static final int ATTEMPTS = 10;

    private final Client client;

    ThresholdsStore(Client client) {
        this.client = client;
    }

    /** Stores {@code thresholds} as the next version of its index and answers it with that version. */
    void add(Thresholds thresholds, ActionListener<Thresholds> listener) {
        createIndex(listener.delegateFailureAndWrap((created, ignored) -> highestVersion(thresholds.index(),
                created.delegateFailureAndWrap((l, highest) ->
                        write(thresholds.withVersion(highest + 1), ATTEMPTS, l)))));
    }

    /** Finds version {@code version} of the thresholds of {@code index}, or the highest when null; 404 if none. */
    void find(String index, Integer version, ActionListener<Thresholds> listener) {
        SearchSourceBuilder source = new SearchSourceBuilder()
                .query(version == null
                        ? QueryBuilders.termQuery("index", index)
                        : QueryBuilders.idsQuery().addIds(index + ":" + version))
                .sort("version", SortOrder.DESC)
                .size(1);
        ActionListener<Thresholds> notFoundAware = listener.delegateResponse((l, e) -> l.onFailure(
                ExceptionsHelper.unwrapCause(e) instanceof IndexNotFoundException ? notFound(index, version) : e));
        client.search(new SearchRequest(INDEX).source(source), notFoundAware.map(response -> {
            if (response.getHits().getHits().length == 0) {
                throw notFound(index, version);
            }
            return Thresholds.fromSource(response.getHits().getAt(0).getSourceAsMap());
        }));
    }

    private static ResourceNotFoundException notFound(String index, Integer version) {
        return new ResourceNotFoundException(version == null
                ? "no thresholds stored for index [" + index + "]: call POST _defplorex/percentiles first"
                : "no thresholds version [" + version + "] stored for index [" + index + "]");
    }

    private void createIndex(ActionListener<Void> listener) {
        CreateIndexRequest request = new CreateIndexRequest(INDEX)
                .settings(Settings.builder().put("index.number_of_shards", 1).put("index.auto_expand_replicas", "0-1"))
                .mapping(mapping());
        client.admin().indices().create(request, ActionListener.wrap(
                created -> listener.onResponse(null),
                e -> {
                    if (ExceptionsHelper.unwrapCause(e) instanceof ResourceAlreadyExistsException) {
                        listener.onResponse(null);
                    } else {
                        listener.onFailure(e);
                    }
                }));
    }

    private static Map<String, Object> mapping() {
        return Map.of("properties", Map.of(
                "index", Map.of("type", "keyword"),
                "version", Map.of("type", "integer"),
                "created", Map.of("type", "date"),
                "documents", Map.of("type", "long"),
                "percents", Map.of("type", "double"),
                "query", Map.of("type", "object", "enabled", false),
                "sampling", Map.of("type", "object", "enabled", false),
                "thresholds", Map.of("type", "object", "enabled", false)));
    }

    private void highestVersion(String index, ActionListener<Integer> listener) {
        SearchSourceBuilder source = new SearchSourceBuilder()
                .query(QueryBuilders.termQuery("index", index))
                .size(0)
                .aggregation(AggregationBuilders.max("version").field("version"));
        client.search(new SearchRequest(INDEX).source(source), listener.map(response -> {
            Max max = response.getAggregations().get("version");
            return Double.isFinite(max.value()) ? (int) max.value() : 0;
        }));
    }

    private void write(Thresholds thresholds, int attemptsLeft, ActionListener<Thresholds> listener) {
        IndexRequest request;
        try {
            request = new IndexRequest(INDEX)
                    .id(thresholds.id())
                    .opType(DocWriteRequest.OpType.CREATE)
                    .source(toSource(thresholds))
                    .setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE);
        } catch (IOException e) {
            listener.onFailure(e);
            return;
        }
        client.index(request, ActionListener.wrap(
                written -> listener.onResponse(thresholds),
                e -> {
                    boolean taken = ExceptionsHelper.unwrapCause(e) instanceof VersionConflictEngineException;
                    if (taken && attemptsLeft > 1) {
                        write(thresholds.withVersion(thresholds.version() + 1), attemptsLeft - 1, listener);
                    } else {
                        listener.onFailure(e);
                    }
                }));
    }

    private static XContentBuilder toSource(Thresholds thresholds) throws IOException {
        return thresholds.toXContent(XContentFactory.jsonBuilder(), ToXContent.EMPTY_PARAMS);
    }
}
