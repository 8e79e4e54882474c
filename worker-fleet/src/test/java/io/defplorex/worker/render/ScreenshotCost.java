package io.defplorex.worker.render;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

import co.elastic.clients.elasticsearch.indices.IndicesStatsResponse;
import io.defplorex.worker.store.Elasticsearch;

/**
 * What screenshots cost to keep: a store wrapper that sums the bytes written per record, and the on-disk size of
 * the screenshots index after a refresh and after merging it to one segment (what it settles to).
 */
final class ScreenshotCost implements ScreenshotStore {

    private final ScreenshotStore store;
    private final LongAdder records = new LongAdder();
    private final LongAdder screenshotBytes = new LongAdder();
    private final LongAdder thumbnailBytes = new LongAdder();

    ScreenshotCost(ScreenshotStore store) {
        this.store = store;
    }

    @Override
    public void put(String index, String id, byte[] png, byte[] thumbnail, String phash) throws IOException {
        store.put(index, id, png, thumbnail, phash);
        records.increment();
        screenshotBytes.add(png.length);
        thumbnailBytes.add(thumbnail.length);
    }

    @Override
    public void remove(String index, String id) throws IOException {
        store.remove(index, id);
    }

    /** Prints bytes per record written, then the index's size on disk when {@code es} holds it. */
    void print(Elasticsearch es, String index) throws IOException {
        long n = Math.max(1, records.sum());
        System.out.printf(Locale.ROOT, "screenshots: %d records, per record %.1f KB screenshot + %.1f KB thumbnail "
                        + "(raw bytes, before base64)%n", records.sum(), screenshotBytes.sum() / 1024.0 / n,
                thumbnailBytes.sum() / 1024.0 / n);
        if (es == null) {
            return;
        }
        es.client().indices().refresh(r -> r.index(index));
        long refreshed = storeBytes(es, index);
        es.client().indices().forcemerge(f -> f.index(index).maxNumSegments(1L));
        long merged = storeBytes(es, index);
        System.out.printf(Locale.ROOT, "screenshots index %s: %.2f MB after refresh, %.2f MB merged to one segment, "
                + "%.1f KB per record merged%n", index, refreshed / 1e6, merged / 1e6, merged / 1024.0 / n);
    }

    private static long storeBytes(Elasticsearch es, String index) throws IOException {
        IndicesStatsResponse stats = es.client().indices().stats(s -> s.index(index));
        return stats.indices().get(index).primaries().store().sizeInBytes();
    }
}
