package io.defplorex.ui.record;

import java.util.function.BiFunction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds the sort values of the hit at a far position of the records order without walking to it: bisects the
 * timestamp with hit counts (about 40 small searches over years of milliseconds) to the timestamp of that hit,
 * then picks it among the hits of that millisecond by {@code id}. Null when this does not apply (the hit has no
 * timestamp, or more than 10,000 hits share its millisecond): the caller walks instead.
 */
final class FarKey {

    private static final String TIME = "timestamp";

    private FarKey() {
    }

    /**
     * @param search sends a {@code _search} body with the given URL parameters to the records index
     * @param position the hit's position, 0-based
     */
    static JsonNode of(BiFunction<String, JsonNode, JsonNode> search, JsonNode query, long position) {
        ObjectNode span = JsonNodeFactory.instance.objectNode();
        span.set("query", query);
        span.put("size", 0);
        span.put("track_total_hits", false);
        ObjectNode aggs = span.putObject("aggs");
        aggs.putObject("start").putObject("min").put("field", TIME);
        aggs.putObject("end").putObject("max").put("field", TIME);
        aggs.putObject("dated").putObject("filter").putObject("exists").put("field", TIME);
        JsonNode answer = search.apply("?filter_path=aggregations", span).path("aggregations");
        if (position >= answer.path("dated").path("doc_count").asLong(0) || !answer.path("start").path("value")
                .isNumber()) {
            return null;
        }
        long low = (long) answer.path("start").path("value").asDouble();
        long high = (long) answer.path("end").path("value").asDouble();
        long aboveHigh = 0;
        // Smallest t with fewer than position + 1 hits after it: the timestamp of the hit at position.
        while (low < high) {
            long middle = low + (high - low) / 2;
            long above = count(search, query, middle);
            if (above <= position) {
                high = middle;
                aboveHigh = above;
            } else {
                low = middle + 1;
            }
        }
        long rank = position - aboveHigh;
        if (rank >= RecordSearch.WINDOW) {
            return null;
        }
        ObjectNode at = RecordSearch.after(sameMillisecond(query, low), null, 1, false);
        at.put("from", rank);
        JsonNode hits = search.apply("?filter_path=hits.hits.sort", at).path("hits").path("hits");
        return hits.isEmpty() ? null : hits.get(0).path("sort");
    }

    private static long count(BiFunction<String, JsonNode, JsonNode> search, JsonNode query, long after) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("query", filtered(query, range("gt", after)));
        body.put("size", 0);
        body.put("track_total_hits", true);
        return search.apply("?filter_path=hits.total", body).path("hits").path("total").path("value").asLong();
    }

    private static JsonNode sameMillisecond(JsonNode query, long millisecond) {
        ObjectNode range = range("gte", millisecond);
        ((ObjectNode) range.path("range").path(TIME)).put("lte", millisecond);
        return filtered(query, range);
    }

    private static ObjectNode range(String operator, long millisecond) {
        ObjectNode range = JsonNodeFactory.instance.objectNode();
        range.putObject("range").putObject(TIME).put(operator, millisecond).put("format", "epoch_millis");
        return range;
    }

    private static JsonNode filtered(JsonNode query, JsonNode range) {
        ObjectNode bool = JsonNodeFactory.instance.objectNode();
        var filter = bool.putObject("bool").putArray("filter");
        filter.add(query);
        filter.add(range);
        return bool;
    }
}
