package io.defplorex.plugin;

import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.action.RestToXContentListener;
import org.elasticsearch.xcontent.ToXContentObject;

import java.util.List;
import java.util.TreeSet;

import static org.elasticsearch.rest.RestRequest.Method.GET;

/**
 * {@code GET _defplorex/transformers}: the transformer names the workers published, sorted. They concern the fleet,
 * no index, so with security on any authenticated caller may read them (Elasticsearch authenticates every call).
 */
public class TransformersAction extends BaseRestHandler {

    private final QueueConnection queue;

    TransformersAction(QueueConnection queue) {
        this.queue = queue;
    }

    @Override
    public String getName() {
        return "defplorex_transformers_action";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(GET, "/_defplorex/transformers"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        return channel -> queue.run(client.threadPool().generic(),
                new RestToXContentListener<ToXContentObject>(channel), q -> {
                    List<String> names = List.copyOf(new TreeSet<>(q.publishedTransformers()));
                    return (builder, params) -> builder.startObject().field("transformers", names).endObject();
                });
    }
}
