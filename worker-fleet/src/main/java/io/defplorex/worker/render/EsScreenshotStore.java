package io.defplorex.worker.render;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.defplorex.worker.store.Elasticsearch;

/**
 * Screenshots in the Elasticsearch index {@code defplorex-screenshots}, one document per record with
 * {@code _id = <index>:<record id>}, so the UI reads them through the node it already talks to.
 * The index is created with {@code index/screenshots-mapping.json} on first use.
 */
public final class EsScreenshotStore implements ScreenshotStore {

    public static final String INDEX = "defplorex-screenshots";
    private static final String MAPPING = "/index/screenshots-mapping.json";

    private final ElasticsearchClient client;
    private final String index;
    private volatile boolean ready;

    public EsScreenshotStore(Elasticsearch es) {
        this(es, INDEX);
    }

    public EsScreenshotStore(Elasticsearch es, String index) {
        this.client = es.client();
        this.index = index;
    }

    @Override
    public void put(String recordIndex, String id, byte[] png, byte[] thumbnail, String phash) throws IOException {
        createIfMissing();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("index", recordIndex);
        doc.put("id", id);
        doc.put("png", Base64.getEncoder().encodeToString(png));
        doc.put("thumbnail", Base64.getEncoder().encodeToString(thumbnail));
        doc.put("phash", phash);
        doc.put("created", Instant.now().toString());
        client.index(i -> i.index(index).id(recordIndex + ":" + id).document(doc));
    }

    @Override
    public void remove(String recordIndex, String id) throws IOException {
        try {
            client.delete(d -> d.index(index).id(recordIndex + ":" + id));
        } catch (ElasticsearchException e) {
            if (e.status() != 404) { // no screenshots index yet: nothing to remove
                throw e;
            }
        }
    }

    private void createIfMissing() throws IOException {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            if (!client.indices().exists(e -> e.index(index)).value()) {
                try (InputStream mapping = EsScreenshotStore.class.getResourceAsStream(MAPPING)) {
                    client.indices().create(c -> c.index(index).withJson(mapping));
                } catch (ElasticsearchException e) {
                    if (!"resource_already_exists_exception".equals(e.error().type())) {
                        throw e;
                    }
                }
            }
            ready = true;
        }
    }
}
