package io.defplorex.worker.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;

/** Reads and writes deface records in one index: creation with the project's mapping, bulk upserts, mget. */
public final class RecordStore {

    public static final String MAPPING_RESOURCE = "/index/records-mapping.json";
    /** The feature catalog (docs/features.md): name, type, source field and rule of every feature. */
    public static final String FEATURES_RESOURCE = "/features.json";
    /** Where the catalog goes in the index's mapping, for the plugin ({@code GET _defplorex/features}) and the UI. */
    public static final String FEATURES_META_KEY = "defplorex_features";

    private final ElasticsearchClient client;
    private final String index;

    public RecordStore(Elasticsearch es, String index) {
        this.client = es.client();
        this.index = index;
    }

    public String index() {
        return index;
    }

    /** Creates the index with {@code records-mapping.json} unless it exists; returns true if it was created. */
    public boolean createIfMissing() throws IOException {
        if (client.indices().exists(e -> e.index(index)).value()) {
            return false;
        }
        try (InputStream mapping = RecordStore.class.getResourceAsStream(MAPPING_RESOURCE)) {
            client.indices().create(c -> c.index(index).withJson(mapping));
            return true;
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if ("resource_already_exists_exception".equals(e.error().type())) {
                return false; // another ingest created it meanwhile
            }
            throw e;
        }
    }

    /** Writes the feature catalog into the index's mapping ({@code _meta}), replacing an older catalog. */
    public void describeFeatures() throws IOException {
        String catalog;
        try (InputStream in = RecordStore.class.getResourceAsStream(FEATURES_RESOURCE)) {
            catalog = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String meta = "{\"_meta\": {\"" + FEATURES_META_KEY + "\": " + catalog + "}}";
        client.indices().putMapping(p -> p.index(index).withJson(new StringReader(meta)));
    }

    /**
     * Upserts records: an existing record gets {@code fields} merged in (other fields such as features stay),
     * a new one is created from {@code created}. Returns the failures by record ID.
     */
    public Map<String, String> upsert(List<Upsert> records) throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
        for (Upsert r : records) {
            bulk.operations(op -> op.update(u -> u.id(r.id()).retryOnConflict(3)
                    .action(a -> a.doc(r.fields()).upsert(r.created()))));
        }
        return failures(client.bulk(bulk.build()));
    }

    /** Merges partial documents into existing records; a record that vanished is reported as a failure. */
    public Map<String, String> update(Map<String, Map<String, Object>> partials) throws IOException {
        if (partials.isEmpty()) {
            return Map.of();
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
        partials.forEach((id, doc) -> bulk.operations(op -> op.update(u -> u.id(id).retryOnConflict(3)
                .action(a -> a.doc(doc)))));
        return failures(client.bulk(bulk.build()));
    }

    /** Fetches whole records by ID in the given order; an ID without a record maps to {@code null}. */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Object>> get(List<String> ids) throws IOException {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        MgetResponse<Map> response = client.mget(m -> m.index(index).ids(ids), Map.class);
        for (MultiGetResponseItem<Map> item : response.docs()) {
            if (item.isResult() && item.result().found()) {
                found.put(item.result().id(), (Map<String, Object>) item.result().source());
            } else if (item.isResult()) {
                found.put(item.result().id(), null);
            } else {
                found.put(item.failure().id(), null);
            }
        }
        return found;
    }

    private static Map<String, String> failures(BulkResponse response) {
        Map<String, String> failed = new LinkedHashMap<>();
        if (!response.errors()) {
            return failed;
        }
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null) {
                failed.put(item.id(), item.error().type() + ": " + item.error().reason());
            }
        }
        return failed;
    }

    /** One record to upsert: its ID, the fields a re-ingest replaces, and the whole document for a first ingest. */
    public record Upsert(String id, Map<String, Object> fields, Map<String, Object> created) {
    }
}
