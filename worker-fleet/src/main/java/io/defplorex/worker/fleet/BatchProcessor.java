package io.defplorex.worker.fleet;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.defplorex.queue.Batch;
import io.defplorex.queue.Failure;
import io.defplorex.worker.store.Elasticsearch;
import io.defplorex.worker.store.RecordStore;
import io.defplorex.worker.transform.ThresholdSource;
import io.defplorex.worker.transform.TransformContext;
import io.defplorex.worker.transform.TransformerChain;
import io.defplorex.worker.transform.Transformers;

/**
 * Processes one batch: fetch its records with one mget, run the chain on each, write every partial update in
 * one bulk request. A record that fails gets {@code status=error} and the batch goes on; an I/O failure of
 * Elasticsearch is thrown, so the batch is not acknowledged and will be delivered again.
 */
final class BatchProcessor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Elasticsearch es;
    private final Transformers transformers;
    private final ThresholdSource thresholds;

    BatchProcessor(Elasticsearch es, Transformers transformers, ThresholdSource thresholds) {
        this.es = es;
        this.transformers = transformers;
        this.thresholds = thresholds;
    }

    BatchOutcome process(Batch batch) throws IOException {
        RecordStore store = new RecordStore(es, batch.index());
        Map<String, Map<String, Object>> records = store.get(batch.ids());
        String processedAt = Instant.now().toString();
        List<Failure> failures = new ArrayList<>();
        Map<String, Map<String, Object>> updates = new LinkedHashMap<>();

        TransformerChain chain = null;
        TransformContext context = null;
        String batchError = null;
        try {
            chain = transformers.chain(batch.transformers());
            context = new TransformContext(batch.job(), batch.index(), params(batch.paramsJson()), thresholds);
        } catch (IllegalArgumentException e) {
            batchError = "batch: " + e.getMessage();
        }
        for (String id : batch.ids()) {
            Map<String, Object> record = records.get(id);
            if (record == null) {
                failures.add(new Failure(id, "record not found in index " + batch.index()));
                continue;
            }
            Map<String, Object> update;
            String error = batchError;
            if (error == null) {
                try {
                    update = chain.apply(record, context);
                    update.put("status", "ok");
                    update.put("error", null);
                } catch (TransformerChain.ChainFailure f) {
                    error = f.getMessage();
                    update = new LinkedHashMap<>();
                }
            } else {
                update = new LinkedHashMap<>();
            }
            if (error != null) {
                failures.add(new Failure(id, error));
                update.put("status", "error");
                update.put("error", error);
            }
            update.put("processed_at", processedAt);
            update.put("job", batch.job());
            updates.put(id, update);
        }

        Map<String, String> refused = store.update(updates);
        Set<String> failed = new HashSet<>();
        failures.forEach(f -> failed.add(f.id()));
        refused.forEach((id, reason) -> {
            if (failed.add(id)) {
                failures.add(new Failure(id, "store: " + reason));
            }
        });
        return new BatchOutcome(batch.ids().size() - failed.size(), failures);
    }

    private static Map<String, Object> params(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> params = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
            });
            params.values().removeIf(v -> v == null);
            return params;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("params is not a JSON object: " + e.getOriginalMessage());
        }
    }
}
