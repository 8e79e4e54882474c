package io.defplorex.ui.es;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.defplorex.ui.DefplorexProperties;
import io.defplorex.ui.cluster.ClusterRequest;
import io.defplorex.ui.cluster.ClusterResponses;
import io.defplorex.ui.cluster.ClusterResult;
import io.defplorex.ui.cluster.PivotFeatures;
import io.defplorex.ui.cluster.RecordPage;
import io.defplorex.ui.cluster.RecordSearches;
import io.defplorex.ui.feature.Feature;
import io.defplorex.ui.feature.FeatureCatalog;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A thin HTTP client of Elasticsearch and the DefPloreX plugin's endpoints. Every failure (an error answer,
 * no answer, an answer of the wrong shape) becomes an {@link EsException} whose message the analyst can read.
 */
@Component
public class DefplorexClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    private final URI base;
    private final String index;
    private final HttpClient http;
    private final ObjectMapper json = JsonMapper.builder().build();

    public DefplorexClient(DefplorexProperties properties) {
        String url = properties.es().url().toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.index = properties.index();
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    /** The features {@code index} can be clustered on (see {@link PivotFeatures}). */
    public Set<String> pivotFeatures(String index) {
        return read("mapping of " + index, () -> PivotFeatures.fromMapping(send("GET", index + "/_mapping", null)));
    }

    /** Every feature of the index, with descriptions where known. */
    public List<Feature> features(Map<String, String> descriptions) {
        return read("mapping of " + index,
                () -> FeatureCatalog.fromMapping(send("GET", index + "/_mapping", null), descriptions));
    }

    /** Runs {@code POST /_defplorex/cluster}. */
    public ClusterResult cluster(ClusterRequest request) {
        return cluster(ClusterResponses.body(request));
    }

    /** Runs {@code POST /_defplorex/cluster} with a body built by the caller (e.g. with a Query DSL query). */
    public ClusterResult cluster(JsonNode body) {
        JsonNode answer = send("POST", "_defplorex/cluster", body);
        return read("cluster answer", () -> ClusterResponses.parse(answer));
    }

    /** The first {@code size} records matching {@code query}, oldest first. */
    public RecordPage records(String index, JsonNode query, int size) {
        JsonNode answer = send("POST", index + "/_search", RecordSearches.body(query, size));
        return read("search answer", () -> RecordSearches.parse(answer));
    }

    /** {@code GET <path>} (relative to the node's URL, may carry a query string), answered as JSON. */
    public JsonNode get(String path) {
        return send("GET", path, null);
    }

    /** {@code POST <path>} with a JSON body. */
    public JsonNode post(String path, JsonNode body) {
        return send("POST", path, body);
    }

    /** The index holding the records; views read it from here so that all of them agree. */
    public String index() {
        return index;
    }

    private JsonNode send(String method, String path, JsonNode body) {
        URI uri = base.resolve(path);
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, publisher)
                .build();

        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new EsException("Elasticsearch at " + base + " did not answer " + method + " /" + path + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EsException("interrupted while waiting for Elasticsearch (" + method + " /" + path + ")", e);
        }

        if (response.statusCode() >= 300) {
            throw new EsException(response.statusCode(), method + " /" + path + " failed: "
                    + EsErrors.describe(json, response.statusCode(), response.body()));
        }
        try {
            return json.readTree(response.body());
        } catch (JacksonException e) {
            throw new EsException(method + " /" + path + " answered something that is not JSON", e);
        }
    }

    private static <T> T read(String what, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new EsException("unexpected " + what + ": " + e.getMessage(), e);
        }
    }
}
