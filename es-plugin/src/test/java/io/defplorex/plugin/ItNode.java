package io.defplorex.plugin;

import org.elasticsearch.common.xcontent.XContentHelper;
import org.elasticsearch.xcontent.XContentType;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * One node of the test stack over HTTP, at any address and optionally as a user ({@code name:password}, basic
 * authentication): node 2 of the two-node cluster and the node with security on.
 */
final class ItNode {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    ItNode(String base, String credentials) {
        this.base = base;
        this.authorization = credentials == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** The node at system property {@code property}; fails when it is not set, as the stack must provide it. */
    static String address(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set: run the tests with"
                    + " bin/dpx test, or pass -D" + property + "=... for the test stack's node");
        }
        return value;
    }

    ItNode as(String credentials) {
        return new ItNode(base, credentials);
    }

    EsNode.Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    EsNode.Answer post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    EsNode.Answer put(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    EsNode.Answer delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /**
     * Creates {@code index} (2 shards, no replica, the records' bins mapping, at most {@code shardsPerNode} of its
     * shards on one node) holding {@code records}, refreshed.
     */
    void createRecords(String index, List<Map.Entry<String, String>> records, int shardsPerNode)
            throws IOException, InterruptedException {
        delete("/" + index);
        EsNode.Answer created = put("/" + index, """
                {"settings": {"number_of_shards": 2, "number_of_replicas": 0,
                              "routing.allocation.total_shards_per_node": %d},
                 "mappings": {"dynamic_templates": [
                   {"bins": {"path_match": "bins.*", "mapping": {"type": "short"}}},
                   {"strings": {"path_match": "features.*", "match_mapping_type": "string",
                                "mapping": {"type": "keyword"}}}],
                   "properties": {"id": {"type": "keyword"}, "domain": {"type": "keyword"},
                     "attacker": {"type": "keyword"}, "timestamp": {"type": "date"},
                     "thresholds_version": {"type": "integer"}, "status": {"type": "keyword"}}}}"""
                .formatted(shardsPerNode));
        if (created.status() != 200) {
            throw new IllegalStateException("cannot create index " + index + ": " + created.body());
        }
        StringBuilder bulk = new StringBuilder();
        for (Map.Entry<String, String> record : records) {
            bulk.append("{\"index\":{\"_id\":\"").append(record.getKey()).append("\"}}\n")
                    .append(record.getValue()).append('\n');
        }
        EsNode.Answer loaded = send(HttpRequest.newBuilder(URI.create(base + "/" + index + "/_bulk?refresh=true"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(bulk.toString())));
        if (loaded.status() != 200 || Boolean.TRUE.equals(loaded.body().get("errors"))) {
            throw new IllegalStateException("cannot load records into " + index + ": " + loaded.body());
        }
    }

    private EsNode.Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Object> body = response.body().isBlank()
                ? Map.of()
                : XContentHelper.convertToMap(XContentType.JSON.xContent(), response.body(), true);
        return new EsNode.Answer(response.statusCode(), body);
    }
}
