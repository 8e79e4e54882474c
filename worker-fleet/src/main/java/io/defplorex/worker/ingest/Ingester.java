package io.defplorex.worker.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.defplorex.worker.store.RecordStore;

/**
 * Loads a feed into a records index: creates the index if missing, then upserts valid rows in bulk requests
 * bounded by count and bytes. Rejected lines are reported through a callback as they are found.
 */
public final class Ingester {

    private static final int MAX_BATCH_RECORDS = 500;
    private static final long MAX_BATCH_BYTES = 20L * 1024 * 1024;

    private final RecordStore store;
    private final FeedReader reader;
    private boolean indexReady;

    public Ingester(RecordStore store, FeedReader reader) {
        this.store = store;
        this.reader = reader;
    }

    /** Counts of one ingest; {@code rejected} includes rows Elasticsearch refused. */
    public record Result(long loaded, long rejected) {
    }

    /** Loads {@code feed}; the index is created at the first bulk request, so a feed that fails early leaves none. */
    public Result ingest(Path feed, Consumer<Rejection> onRejection) throws IOException {
        List<FeedRow> pending = new ArrayList<>();
        long[] bytes = {0};
        long[] counts = {0, 0};
        Consumer<Rejection> reject = r -> {
            counts[1]++;
            onRejection.accept(r);
        };
        reader.read(feed, row -> {
            pending.add(row);
            bytes[0] += row.mirror().size();
            if (pending.size() >= MAX_BATCH_RECORDS || bytes[0] >= MAX_BATCH_BYTES) {
                counts[0] += flush(pending, reject);
                bytes[0] = 0;
            }
        }, reject);
        counts[0] += flush(pending, reject);
        return new Result(counts[0], counts[1]);
    }

    private long flush(List<FeedRow> rows, Consumer<Rejection> reject) {
        if (rows.isEmpty()) {
            return 0;
        }
        try {
            if (!indexReady) {
                store.createIfMissing();
                store.describeFeatures();
                indexReady = true;
            }
            Map<String, String> failed = store.upsert(rows.stream().map(RecordDocuments::upsert).toList());
            for (FeedRow row : rows) {
                String reason = failed.get(row.id());
                if (reason != null) {
                    reject.accept(new Rejection(row.line(), row.id(), "elasticsearch refused it: " + reason));
                }
            }
            long loaded = rows.size() - failed.size();
            rows.clear();
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException("bulk request to index " + store.index() + " failed", e);
        }
    }
}
