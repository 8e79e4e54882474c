package io.defplorex.plugin;

import org.elasticsearch.common.xcontent.XContentHelper;
import org.elasticsearch.xcontent.XContentType;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A real Elasticsearch node with the plugin installed, at system property {@code dpx.it.es}, spoken to over HTTP. */
final class EsNode {

    /** A status and the parsed JSON answer. */
    record Answer(int status, Map<String, Object> body) {

        /** The {@code reason} of an Elasticsearch error answer. */
        @SuppressWarnings("unchecked")
        String reason() {
            return (String) ((Map<String, Object>) body.get("error")).get("reason");
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base = System.getProperty("dpx.it.es", "http://127.0.0.1:19200");

    Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer put(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** The raw text of a GET, for the cat APIs. */
    String text(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /**
     * Creates {@code index} with the records mapping of docs/design.md (the parts the plugin reads) and bulk-loads
     * {@code records} (id → source JSON), visible to search on return.
     */
    void createRecords(String index, List<Map.Entry<String, String>> records)
            throws IOException, InterruptedException {
        delete("/" + index);
        Answer created = put("/" + index, """
                {"settings": {"number_of_shards": 2, "number_of_replicas": 0},
                 "mappings": {
                   "dynamic_templates": [
                     {"numeric_features": {"path_match": "features.*", "match_mapping_type": "long",
                                           "mapping": {"type": "double"}}},
                     {"double_features": {"path_match": "features.*", "match_mapping_type": "double",
                                          "mapping": {"type": "double"}}},
                     {"string_features": {"path_match": "features.*", "match_mapping_type": "string",
                                          "mapping": {"type": "keyword"}}},
                     {"bins": {"path_match": "bins.*", "mapping": {"type": "short"}}}],
                   "properties": {
                     "id": {"type": "keyword"}, "domain": {"type": "keyword"}, "attacker": {"type": "keyword"},
                     "team": {"type": "keyword"}, "tld": {"type": "keyword"},
                     "extract": {"properties": {"text_hash": {"type": "keyword"}}},
                     "timestamp": {"type": "date"}, "thresholds_version": {"type": "integer"},
                     "status": {"type": "keyword"}}}}""");
        if (created.status() != 200) {
            throw new IllegalStateException("cannot create index " + index + ": " + created.body());
        }
        StringBuilder bulk = new StringBuilder();
        for (Map.Entry<String, String> record : records) {
            bulk.append("{\"index\":{\"_id\":\"").append(record.getKey()).append("\"}}\n")
                    .append(record.getValue()).append('\n');
        }
        Answer loaded = send(HttpRequest.newBuilder(URI.create(base + "/" + index + "/_bulk?refresh=true"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(bulk.toString())));
        if (loaded.status() != 200 || Boolean.TRUE.equals(loaded.body().get("errors"))) {
            throw new IllegalStateException("cannot load records into " + index + ": " + loaded.body());
        }
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Object> body = response.body().isBlank()
                ? Map.of()
                : XContentHelper.convertToMap(XContentType.JSON.xContent(), response.body(), true);
        return new Answer(response.statusCode(), body);
    }
}
