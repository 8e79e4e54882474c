package io.defplorex.ui.record;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.defplorex.ui.es.DefplorexClient;
import io.defplorex.ui.es.EsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fetches screenshot thumbnails ({@code defplorex-screenshots}, _id {@code <index>:<record id>}) for the records
 * on screen with one {@code _mget}. A record without a screenshot, or no screenshots index at all, gives none.
 */
public final class Thumbnails {

    public static final String INDEX = "defplorex-screenshots";

    private Thumbnails() {
    }

    /** Record ID → base64 PNG of its thumbnail. */
    public static Map<String, String> of(DefplorexClient client, String index, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        var list = body.putArray("ids");
        ids.forEach(id -> list.add(index + ":" + id));
        JsonNode answer;
        try {
            answer = client.post(INDEX + "/_mget?_source_includes=thumbnail", body);
        } catch (EsException e) {
            if (e.status() == 404) {
                return Map.of();
            }
            throw e;
        }
        Map<String, String> thumbnails = new HashMap<>();
        String prefix = index + ":";
        for (JsonNode doc : answer.path("docs")) {
            String thumbnail = doc.path("_source").path("thumbnail").asString("");
            String id = doc.path("_id").asString("");
            if (!thumbnail.isEmpty() && id.startsWith(prefix)) {
                thumbnails.put(id.substring(prefix.length()), thumbnail);
            }
        }
        return thumbnails;
    }
}
