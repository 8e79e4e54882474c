package io.defplorex.plugin;

import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.common.settings.ClusterSettings;
import org.elasticsearch.common.settings.Setting;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestHandler;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Registers the DefPloreX settings and REST endpoints, and owns the node's Redis queue connection. */
public class DefPloreXPlugin extends Plugin implements ActionPlugin {

    private QueueConnection queue;
    private final ClusterAction cluster = new ClusterAction();

    @Override
    public Collection<?> createComponents(PluginServices services) {
        ClusterSettings settings = services.clusterService().getClusterSettings();
        cluster.pageSize(settings.get(PluginSettings.CLUSTER_PAGE_SIZE));
        settings.addSettingsUpdateConsumer(PluginSettings.CLUSTER_PAGE_SIZE, cluster::pageSize);
        return List.of();
    }

    @Override
    public List<Setting<?>> getSettings() {
        return PluginSettings.all();
    }

    @Override
    public Collection<RestHandler> getRestHandlers(
            RestHandlersServices services,
            Supplier<DiscoveryNodes> nodes,
            Predicate<NodeFeature> clusterSupportsFeature) {
        Settings settings = services.settings();
        queue = new QueueConnection(PluginSettings.REDIS_URL.get(settings), PluginSettings.redisPassword(settings),
                PluginSettings.QUEUE_PREFIX.get(settings));
        return List.of(
                new EnqueueAction(queue, PluginSettings.BATCH_SIZE.get(settings)),
                new JobAction(queue),
                new JobsAction(queue),
                new TransformersAction(queue),
                new FeaturesAction(),
                new PercentilesAction(),
                cluster);
    }

    @Override
    public void close() {
        if (queue != null) {
            queue.close();
        }
    }
}
