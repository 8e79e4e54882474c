package io.defplorex.ui.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.defplorex.ui.cluster.Timestamps;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code _search} behind the records grid: newest first with the record {@code id} as tiebreaker, so the
 * order is total and {@code search_after} can page past Elasticsearch's 10,000-hit window; only the fields the
 * grid shows.
 */
public final class RecordSearch {

    /** Elasticsearch's default {@code index.max_result_window}: from + size may not exceed it. */
    public static final int WINDOW = 10_000;
    static final List<String> FIELDS = List.of("id", "url", "attacker", "timestamp", "extract.encoding",
            "render.colors", "render.avg_color_top5", "features", "bins");

    private RecordSearch() {
    }

    public static ObjectNode body(JsonNode query, int from, int size, boolean countOnly) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("query", query);
        body.put("from", from);
        body.put("size", countOnly ? 0 : size);
        body.put("track_total_hits", true);
        FIELDS.forEach(body.putArray("_source")::add);
        sort(body);
        return body;
    }

    /**
     * {@code size} rows after the hit whose sort values are {@code after} (from the first hit when null).
     * {@code withSource} false asks for the sort values only, to walk towards a far offset.
     */
    public static ObjectNode after(JsonNode query, JsonNode after, int size, boolean withSource) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("query", query);
        body.put("size", size);
        body.put("track_total_hits", false);
        if (withSource) {
            FIELDS.forEach(body.putArray("_source")::add);
        } else {
            body.put("_source", false);
        }
        sort(body);
        if (after != null) {
            body.set("search_after", after);
        }
        return body;
    }

    private static void sort(ObjectNode body) {
        var sort = body.putArray("sort");
        ObjectNode byTime = sort.addObject().putObject("timestamp");
        byTime.put("order", "desc");
        byTime.put("unmapped_type", "date");
        ObjectNode byId = sort.addObject().putObject("id");
        byId.put("order", "asc");
        byId.put("unmapped_type", "keyword");
    }

    /** The sort values of the last hit of {@code answer}, null when it has no hits. */
    public static JsonNode lastSort(JsonNode answer) {
        JsonNode hits = answer.path("hits").path("hits");
        return hits.isEmpty() ? null : hits.get(hits.size() - 1).path("sort");
    }

    public static RecordHits parse(JsonNode answer) {
        JsonNode hits = answer.path("hits");
        List<RecordRow> rows = new ArrayList<>();
        for (JsonNode hit : hits.path("hits")) {
            rows.add(row(hit.path("_id").asString(""), hit.path("_source")));
        }
        return new RecordHits(hits.path("total").path("value").asLong(rows.size()), answer.path("took").asLong(),
                List.copyOf(rows));
    }

    static RecordRow row(String id, JsonNode source) {
        List<String> colors = new ArrayList<>();
        source.path("render").path("colors").forEach(color -> colors.add(color.asString()));
        Map<String, String> features = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> feature : source.path("features").properties()) {
            features.put(feature.getKey(), featureText(feature.getValue()));
        }
        Map<String, Integer> bins = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> bin : source.path("bins").properties()) {
            if (bin.getValue().isNumber()) {
                bins.put(bin.getKey(), bin.getValue().asInt());
            }
        }
        return new RecordRow(id, text(source, "url"), text(source, "attacker"),
                Timestamps.read(source.path("timestamp"), "record " + id + ": timestamp"),
                text(source.path("extract"), "encoding"), List.copyOf(colors),
                text(source.path("render"), "avg_color_top5"), features, bins);
    }

    /** A feature's value as one cell: a multi-valued one (such as {@code template_bands}) space-separated. */
    private static String featureText(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> values = new ArrayList<>();
            value.forEach(element -> values.add(featureText(element)));
            return String.join(" ", values);
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }
}
