package io.defplorex.ui.view;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Creates, fills and deletes one index of a real Elasticsearch for an integration test. */
final class TestIndex {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String es;
    private final String name;

    TestIndex(String es, String name) {
        this.es = es.endsWith("/") ? es.substring(0, es.length() - 1) : es;
        this.name = name;
    }

    /** Drops a leftover of an earlier run, then creates the index with {@code mapping} (settings + mappings). */
    void create(String body) throws IOException, InterruptedException {
        delete();
        send("PUT", "/" + name, body, "application/json");
    }

    /** Indexes NDJSON bulk lines and refreshes, so the documents are searchable at once. */
    void bulk(String ndjson) throws IOException, InterruptedException {
        String answer = send("POST", "/" + name + "/_bulk?refresh=true", ndjson, "application/x-ndjson");
        if (answer.contains("\"errors\":true")) {
            throw new IllegalStateException("bulk into " + name + " failed: " + answer);
        }
    }

    /** Any request to the node; answers the body and fails on an error status. */
    String call(String method, String path, String body) throws IOException, InterruptedException {
        return send(method, path, body == null ? "" : body,
                path.contains("_bulk") ? "application/x-ndjson" : "application/json");
    }

    /** The status of {@code HEAD path}. */
    int head(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(es + path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** {@code DELETE path}, whatever the answer (for clean-up). */
    void deleteQuietly(String path) throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create(es + path)).DELETE().build(),
                HttpResponse.BodyHandlers.discarding());
    }

    void delete() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(es + "/" + name)).DELETE().build();
        http.send(request, HttpResponse.BodyHandlers.discarding());
    }

    private String send(String method, String path, String body, String type)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(es + path))
                .header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }
}
