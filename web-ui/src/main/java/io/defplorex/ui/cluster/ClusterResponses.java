package io.defplorex.ui.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds the body of {@code POST /_defplorex/cluster} and reads its answer (design.md, "REST endpoints"). */
public final class ClusterResponses {

    private ClusterResponses() {
    }

    /** The request body: {@code {index, features, min_size, size}}, then {@code query, sort, after} when set. */
    public static ObjectNode body(ClusterRequest request) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("index", request.index());
        request.features().forEach(body.putArray("features")::add);
        body.put("min_size", request.minSize());
        body.put("size", request.size());
        // Only sent when set, so that a plugin without issue 5's additions still answers the plain request.
        if (request.query() != null && !request.query().isBlank()) {
            body.put("query", request.query().strip());
        }
        if (request.sort() != null && !request.sort().equals("size")) {
            body.put("sort", request.sort());
        }
        if (request.after() != null && !request.after().isNull()) {
            body.set("after", request.after());
        }
        return body;
    }

    /**
     * Reads the answer.
     *
     * @throws IllegalArgumentException naming the first missing or malformed field, e.g. {@code clusters[2].size}
     */
    public static ClusterResult parse(JsonNode root) {
        JsonNode clusters = root.path("clusters");
        if (!clusters.isArray()) {
            throw new IllegalArgumentException("cluster answer: 'clusters' is not a list");
        }
        List<Cluster> parsed = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            parsed.add(cluster(clusters.get(i), "clusters[" + i + "]"));
        }
        JsonNode version = root.path("thresholds_version");
        return new ClusterResult(
                number(root, "took_ms", "cluster answer"),
                number(root, "documents", "cluster answer"),
                root.has("total_clusters") ? number(root, "total_clusters", "cluster answer") : parsed.size(),
                version.isNumber() ? version.asInt() : null,
                List.copyOf(parsed),
                root.path("next").isMissingNode() || root.path("next").isNull() ? null : root.path("next"));
    }

    private static Cluster cluster(JsonNode node, String where) {
        JsonNode key = node.path("key");
        if (!key.isObject()) {
            throw new IllegalArgumentException(where + ".key: not an object of feature → bin");
        }
        Map<String, String> pivots = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> pivot : key.properties()) {
            pivots.put(pivot.getKey(), pivot.getValue().isNull() ? "" : pivot.getValue().asString());
        }

        List<AttackerCount> top = new ArrayList<>();
        for (JsonNode attacker : node.path("top_attackers")) {
            top.add(new AttackerCount(attacker.path("name").asString(""), attacker.path("count").asLong()));
        }

        JsonNode query = node.path("query");
        if (!query.isObject()) {
            throw new IllegalArgumentException(where + ".query: not a Query DSL object");
        }
        return new Cluster(Collections.unmodifiableMap(pivots),
                number(node, "size", where),
                Timestamps.read(node.path("start"), where + ".start"),
                Timestamps.read(node.path("end"), where + ".end"),
                node.path("attackers").asLong(0),
                List.copyOf(top),
                node.path("domains").asLong(0),
                query,
                facts(node, where));
    }

    private static ClusterFacts facts(JsonNode node, String where) {
        List<ClusterFacts.Point> timeline = new ArrayList<>();
        for (JsonNode point : node.path("timeline")) {
            timeline.add(new ClusterFacts.Point(Timestamps.read(point.path("start"), where + ".timeline.start"),
                    point.path("count").asLong()));
        }
        List<String> samples = new ArrayList<>();
        node.path("sample_ids").forEach(id -> samples.add(id.asString()));
        return new ClusterFacts(count(node.path("text_hashes")), count(node.path("tlds")),
                counts(node.path("top_teams")), counts(node.path("top_tlds")), List.copyOf(timeline),
                List.copyOf(samples), node.path("timeline_interval").asString(""));
    }

    /** A distinct count, given either as a number or as the list of distinct values. */
    private static long count(JsonNode value) {
        return value.isNumber() ? value.asLong() : value.isArray() ? value.size() : -1;
    }

    private static List<AttackerCount> counts(JsonNode list) {
        List<AttackerCount> counts = new ArrayList<>();
        for (JsonNode item : list) {
            counts.add(new AttackerCount(item.path("name").asString(item.path("key").asString("")),
                    item.path("count").asLong(item.path("doc_count").asLong())));
        }
        return List.copyOf(counts);
    }

    private static long number(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isNumber()) {
            throw new IllegalArgumentException(where + "." + field + ": expected a number, got " + value);
        }
        return value.asLong();
    }
}
