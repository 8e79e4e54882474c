package io.defplorex.worker.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.core5.http.HttpHost;

/**
 * One connection to an Elasticsearch node: the typed client for documents and the low-level client for the
 * plugin's endpoints. The Jackson mapper writes {@code null} map values, which is how a partial update clears
 * a field (the node has no scripting).
 */
public final class Elasticsearch implements AutoCloseable {

    private final Rest5Client lowLevel;
    private final ElasticsearchClient client;

    private Elasticsearch(Rest5Client lowLevel) {
        this.lowLevel = lowLevel;
        this.client = new ElasticsearchClient(new Rest5ClientTransport(lowLevel, new JacksonJsonpMapper(
                new ObjectMapper())));
    }

    /** Connects to {@code url}, e.g. {@code http://127.0.0.1:9200}; nothing is sent until the first request. */
    public static Elasticsearch connect(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || uri.getScheme() == null) {
                throw new IllegalArgumentException("--es: '" + url + "' is not a URL like http://127.0.0.1:9200");
            }
            return new Elasticsearch(Rest5Client.builder(HttpHost.create(uri)).build());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--es: '" + url + "' is not a URL (" + e.getReason() + ")", e);
        }
    }

    public ElasticsearchClient client() {
        return client;
    }

    public Rest5Client lowLevel() {
        return lowLevel;
    }

    @Override
    public void close() throws IOException {
        lowLevel.close();
    }
}
