package io.defplorex.worker.it;

import io.defplorex.worker.store.Elasticsearch;
import redis.clients.jedis.RedisClient;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/** Removes what an integration test left on the shared stack, so that the next test class starts clean. */
public final class ItLeftovers {

    private ItLeftovers() {
    }

    /** Deletes the indices; those that do not exist are skipped. */
    public static void deleteIndices(String... indices) throws IOException {
        try (Elasticsearch es = Elasticsearch.connect(ItEnv.es())) {
            es.client().indices().delete(d -> d.index(List.of(indices)).ignoreUnavailable(true));
        }
    }

    /** Deletes every Redis key of the queue prefix: the batches stream, the jobs, the published transformers. */
    public static void deleteQueue(String prefix) {
        try (RedisClient redis = RedisClient.create(URI.create(ItEnv.redis()))) {
            for (String key : redis.keys(prefix + "*")) {
                redis.del(key);
            }
        }
    }
}
