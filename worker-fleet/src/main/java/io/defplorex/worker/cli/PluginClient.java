package io.defplorex.worker.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A thin client of the plugin's {@code _defplorex} endpoints. An error answer becomes a {@link PluginException}
 * carrying Elasticsearch's own reason, which names the bad field.
 */
final class PluginClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    PluginClient(String esUrl) {
        this.base = esUrl.endsWith("/") ? esUrl.substring(0, esUrl.length() - 1) : esUrl;
    }

    JsonNode post(String path, Object body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new PluginException("cannot reach Elasticsearch at " + base);
        }
        JsonNode body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        if (response.statusCode() >= 300) {
            JsonNode error = body.path("error");
            String reason = error.isTextual() ? error.asText() : error.path("reason").asText(response.body());
            throw new PluginException(request.build().uri().getPath() + " answered " + response.statusCode() + ": "
                    + reason);
        }
        return body;
    }

    /** The plugin or the node refused the request; the message is for the operator. */
    static final class PluginException extends RuntimeException {

        PluginException(String message) {
            super(message);
        }
    }
}
