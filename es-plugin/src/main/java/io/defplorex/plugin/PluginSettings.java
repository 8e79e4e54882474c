package io.defplorex.plugin;

import org.elasticsearch.common.settings.SecureSetting;
import org.elasticsearch.common.settings.SecureString;
import org.elasticsearch.common.settings.Setting;
import org.elasticsearch.common.settings.Setting.Property;
import org.elasticsearch.common.settings.Settings;

import java.util.List;

/**
 * The node settings of the plugin: {@code elasticsearch.yml} for the Redis URL, queue prefix and default batch size,
 * the Elasticsearch keystore for the Redis password.
 */
final class PluginSettings {

    static final Setting<String> REDIS_URL =
            Setting.simpleString("defplorex.redis.url", "redis://127.0.0.1:6379", Property.NodeScope);

    /** Takes the place of a password in {@code defplorex.redis.url}; read once, when the node starts. */
    static final Setting<SecureString> REDIS_PASSWORD = SecureSetting.secureString("defplorex.redis.password", null);

    static final Setting<String> QUEUE_PREFIX =
            Setting.simpleString("defplorex.queue.prefix", "defplorex", Property.NodeScope);

    static final Setting<Integer> BATCH_SIZE = Setting.intSetting("defplorex.enqueue.batch_size",
            EnqueueRequest.DEFAULT_BATCH_SIZE, 1, EnqueueRequest.MAX_BATCH_SIZE, Property.NodeScope);

    /**
     * Cluster keys fetched per composite page. Every page re-reads the leading pivot's index, so one large page is
     * several times faster than many small ones (bench/plugin.md); it stays under {@code search.max_buckets}.
     */
    static final Setting<Integer> CLUSTER_PAGE_SIZE = Setting.intSetting("defplorex.cluster.page_size", 50_000, 10,
            65_000, Property.NodeScope, Property.Dynamic);

    static List<Setting<?>> all() {
        return List.of(REDIS_URL, REDIS_PASSWORD, QUEUE_PREFIX, BATCH_SIZE, CLUSTER_PAGE_SIZE);
    }

    /** The keystore's Redis password, or null when none was added. */
    static String redisPassword(Settings settings) {
        if (REDIS_PASSWORD.exists(settings) == false) {
            return null;
        }
        try (SecureString password = REDIS_PASSWORD.get(settings)) {
            return password.toString();
        }
    }

    private PluginSettings() {
    }
}
