package io.defplorex.worker.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import io.defplorex.worker.store.RecordStore;

/**
 * Turns a feed row into the ingest part of a record. {@code attacker} and {@code team} are the names' keys
 * ({@link NameKeys}), what clusters aggregate on; {@code attacker_raw} and {@code team_raw} keep the feed's
 * spelling. A re-ingest sends the ingest fields only, with {@code null} for an emptied attacker or team so the old
 * value goes; status is set only on creation, so extract, features, bins and status computed earlier survive a
 * repeated ingest.
 */
final class RecordDocuments {

    private RecordDocuments() {
    }

    static RecordStore.Upsert upsert(FeedRow row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", row.id());
        fields.put("url", row.url());
        fields.put("domain", row.domain());
        fields.put("tld", row.tld());
        fields.put("timestamp", row.timestamp().toString());
        fields.put("attacker", NameKeys.key(row.attacker()));
        fields.put("attacker_raw", row.attacker());
        fields.put("team", NameKeys.key(row.team()));
        fields.put("team_raw", row.team());
        fields.put("reason", row.reason());
        fields.put("homepage", row.homepage());
        fields.put("mass", row.mass());
        fields.put("redeface", row.redeface());
        MirrorPage m = row.mirror();
        Map<String, Object> mirror = new LinkedHashMap<>();
        mirror.put("path", m.path());
        mirror.put("sha256", m.sha256());
        mirror.put("size", m.size());
        mirror.put("html", m.html());
        fields.put("mirror", mirror);

        Map<String, Object> created = new LinkedHashMap<>(fields);
        created.values().removeIf(v -> v == null);
        created.put("status", "ingested");
        return new RecordStore.Upsert(row.id(), fields, created);
    }
}
