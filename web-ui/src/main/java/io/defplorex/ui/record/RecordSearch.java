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
 * The {@code _search} behind the records grid: from/size paging (Elasticsearch's window is 10,000 hits),
 * newest first, only the fields the grid shows.
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
        ObjectNode byTime = body.putArray("sort").addObject().putObject("timestamp");
        byTime.put("order", "desc");
        byTime.put("unmapped_type", "date");
        return body;
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
            features.put(feature.getKey(), feature.getValue().isNull() ? "" : feature.getValue().asString());
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

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }
}
