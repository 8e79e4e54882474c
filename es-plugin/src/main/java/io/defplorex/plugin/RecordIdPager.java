package io.defplorex.plugin;

import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.search.ClosePointInTimeRequest;
import org.elasticsearch.action.search.OpenPointInTimeRequest;
import org.elasticsearch.action.search.SearchRequest;
import org.elasticsearch.action.search.TransportClosePointInTimeAction;
import org.elasticsearch.action.search.TransportOpenPointInTimeAction;
import org.elasticsearch.client.internal.Client;
import org.elasticsearch.common.bytes.BytesReference;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.index.query.QueryBuilder;
import org.elasticsearch.search.SearchHit;
import org.elasticsearch.search.builder.PointInTimeBuilder;
import org.elasticsearch.search.builder.SearchSourceBuilder;
import org.elasticsearch.search.sort.SortBuilders;

import java.util.ArrayList;
import java.util.List;

/**
 * Pages through the IDs of the records matching a query, one page at a time, with a point in time and
 * {@code search_after} on {@code _shard_doc}: the set of records cannot shift while a job is enqueued, and only one
 * page is ever held in memory.
 */
final class RecordIdPager {

    static final TimeValue KEEP_ALIVE = TimeValue.timeValueMinutes(2);

    /** One page of record IDs; {@code last} is true when no record follows. */
    record Page(List<String> ids, boolean last) {
    }

    private final Client client;
    private final QueryBuilder query;
    private final int pageSize;
    private BytesReference pit;
    private Object[] after;

    private RecordIdPager(Client client, BytesReference pit, QueryBuilder query, int pageSize) {
        this.client = client;
        this.pit = pit;
        this.query = query;
        this.pageSize = pageSize;
    }

    /** Opens a point in time on {@code index}; an unknown index fails with Elasticsearch's 404. */
    static void open(Client client, String index, QueryBuilder query, int pageSize,
                     ActionListener<RecordIdPager> listener) {
        OpenPointInTimeRequest request = new OpenPointInTimeRequest(index).keepAlive(KEEP_ALIVE);
        client.execute(TransportOpenPointInTimeAction.TYPE, request, listener.map(
                response -> new RecordIdPager(client, response.getPointInTimeId(), query, pageSize)));
    }

    /** Fetches the page after the previous one. */
    void next(ActionListener<Page> listener) {
        SearchSourceBuilder source = new SearchSourceBuilder()
                .pointInTimeBuilder(new PointInTimeBuilder(pit).setKeepAlive(KEEP_ALIVE))
                .sort(SortBuilders.pitTiebreaker())
                .size(pageSize)
                .fetchSource(false)
                .trackTotalHits(false);
        if (query != null) {
            source.query(query);
        }
        if (after != null) {
            source.searchAfter(after);
        }
        client.search(new SearchRequest().source(source), listener.map(response -> {
            if (response.pointInTimeId() != null) {
                pit = response.pointInTimeId();
            }
            SearchHit[] hits = response.getHits().getHits();
            List<String> ids = new ArrayList<>(hits.length);
            for (SearchHit hit : hits) {
                ids.add(hit.getId());
            }
            if (hits.length > 0) {
                after = hits[hits.length - 1].getSortValues();
            }
            return new Page(ids, hits.length < pageSize);
        }));
    }

    /** Releases the point in time; should that fail, its keep-alive frees it soon after. */
    void close() {
        client.execute(TransportClosePointInTimeAction.TYPE, new ClosePointInTimeRequest(pit), ActionListener.noop());
    }
}
