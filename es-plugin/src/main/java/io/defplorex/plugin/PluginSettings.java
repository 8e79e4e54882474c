package io.defplorex.plugin;

import org.elasticsearch.common.settings.Setting;
import org.elasticsearch.common.settings.Setting.Property;

import java.util.List;

/** The node settings of the plugin, read from {@code elasticsearch.yml}. */
final class PluginSettings {

    static final Setting<String> REDIS_URL =
            Setting.simpleString("defplorex.redis.url", "redis://127.0.0.1:6379", Property.NodeScope);

    static final Setting<String> QUEUE_PREFIX =
            Setting.simpleString("defplorex.queue.prefix", "defplorex", Property.NodeScope);

    static List<Setting<?>> all() {
        return List.of(REDIS_URL, QUEUE_PREFIX);
    }

    private PluginSettings() {
    }
}
