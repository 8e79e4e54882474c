package io.defplorex.ui.cluster;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds the {@code _search} that lists a cluster's records and reads its hits. */
public final class RecordSearches {

    static final List<String> FIELDS = List.of("url", "attacker", "timestamp", "extract.title");

    private RecordSearches() {
    }

    /** The request body: the cluster's query, only the listed fields, oldest record first. */
    public static ObjectNode body(JsonNode query, int size) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("query", query);
        body.put("size", size);
        body.put("track_total_hits", true);
        FIELDS.forEach(body.putArray("_source")::add);
        ObjectNode byTime = body.putArray("sort").addObject().putObject("timestamp");
        byTime.put("order", "asc");
        byTime.put("unmapped_type", "date");
        return body;
    }

    /** Reads {@code hits}; a missing field of a record stays null. */
    public static RecordPage parse(JsonNode answer) {
        JsonNode hits = answer.path("hits");
        List<ClusterRecord> records = new ArrayList<>();
        for (JsonNode hit : hits.path("hits")) {
            JsonNode source = hit.path("_source");
            String id = hit.path("_id").asString(null);
            records.add(new ClusterRecord(id,
                    text(source, "url"),
                    text(source, "attacker"),
                    Timestamps.read(source.path("timestamp"), "record " + id + ": timestamp"),
                    title(source)));
        }
        long total = hits.path("total").path("value").asLong(records.size());
        return new RecordPage(total, List.copyOf(records));
    }

    private static String title(JsonNode source) {
        String nested = text(source.path("extract"), "title");
        return nested != null ? nested : text(source, "extract.title"); // a partial update may keep the dot
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }
}
