package io.defplorex.ui.record;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.defplorex.ui.es.DefplorexClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves the records grid's (offset, limit) requests with {@code search_after} pages, so the grid scrolls past
 * Elasticsearch's 10,000-hit window. The sort values that end every page read are kept by offset: scrolling on
 * costs one search per page. A jump more than 10,000 hits beyond every kept offset finds its key by bisecting the
 * timestamp ({@link FarKey}, ~40 hit counts); a shorter one, or one FarKey cannot serve, walks there in hops of up
 * to 10,000 sort values without sources, keeping the key of every hop.
 */
public final class RecordPager {

    /** Hits per walking hop: the most one search may return. */
    static final int HOP = RecordSearch.WINDOW;
    /** Kept keys at most (a page of 50 each: 5M hits); past it the pager walks from the nearest kept key. */
    private static final int MAX_KEYS = 100_000;
    private static final JsonNode END = MissingNode.getInstance();

    private final DefplorexClient client;
    private final String index;
    private final JsonNode query;
    private final TreeMap<Integer, JsonNode> keys = new TreeMap<>();
    private List<RecordRow> first = List.of();
    private boolean firstIsAll;
    private int searches;

    public RecordPager(DefplorexClient client, String index, JsonNode query) {
        this.client = client;
        this.index = index;
        this.query = query;
    }

    /**
     * The hit count, took and first {@code size} rows in one search; the grid's first page is then served from
     * them without asking again.
     */
    public synchronized RecordHits first(int size) {
        ObjectNode body = RecordSearch.after(query, null, size, true);
        body.put("track_total_hits", true);
        JsonNode answer = search("", body);
        RecordHits hits = RecordSearch.parse(answer);
        first = hits.rows();
        firstIsAll = hits.rows().size() < size;
        if (!first.isEmpty()) {
            remember(first.size(), RecordSearch.lastSort(answer));
        }
        return hits;
    }

    /** The rows at {@code [offset, offset + limit)}; fewer (or none) at the end of the hits. */
    public synchronized List<RecordRow> rows(int offset, int limit) {
        if (offset < 0 || limit <= 0) {
            throw new IllegalArgumentException("records page: offset " + offset + " and limit " + limit
                    + " must be >= 0 and > 0");
        }
        if (offset == 0 && (limit <= first.size() || firstIsAll)) {
            return first.subList(0, Math.min(limit, first.size()));
        }
        JsonNode after = keyBefore(offset);
        if (after == END) {
            return List.of();
        }
        JsonNode answer = search("", RecordSearch.after(query, after, Math.min(limit, HOP), true));
        RecordHits page = RecordSearch.parse(answer);
        if (!page.rows().isEmpty()) {
            remember(offset + page.rows().size(), RecordSearch.lastSort(answer));
        }
        return page.rows();
    }

    /** Searches sent so far (pages and hops): what a scroll or a jump cost. */
    public synchronized int searches() {
        return searches;
    }

    /** The sort values of the hit just before {@code offset}: null at 0, {@link #END} past the last hit. */
    private JsonNode keyBefore(int offset) {
        if (offset == 0) {
            return null;
        }
        Map.Entry<Integer, JsonNode> nearest = keys.floorEntry(offset);
        int at = nearest == null ? 0 : nearest.getKey();
        JsonNode key = nearest == null ? null : nearest.getValue();
        if (offset - at > HOP) {
            JsonNode far = FarKey.of(this::search, query, offset - 1L);
            if (far != null) {
                remember(offset, far);
                return far;
            }
        }
        while (at < offset) {
            int step = Math.min(HOP, offset - at);
            JsonNode answer = search("?filter_path=hits.hits.sort", RecordSearch.after(query, key, step, false));
            if (answer.path("hits").path("hits").size() < step) {
                return END;
            }
            key = RecordSearch.lastSort(answer);
            at += step;
            remember(at, key);
        }
        return key;
    }

    private void remember(int offset, JsonNode key) {
        if (key != null && (keys.size() < MAX_KEYS || keys.containsKey(offset))) {
            keys.put(offset, key);
        }
    }

    private JsonNode search(String parameters, JsonNode body) {
        searches++;
        return client.post(index + "/_search" + parameters, body);
    }
}
