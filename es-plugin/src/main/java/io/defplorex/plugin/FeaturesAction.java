package io.defplorex.plugin;

import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.admin.indices.mapping.get.GetMappingsRequest;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.action.RestToXContentListener;
import org.elasticsearch.xcontent.ToXContentObject;

import java.util.List;
import java.util.Set;

import static org.elasticsearch.rest.RestRequest.Method.GET;

/**
 * {@code GET _defplorex/features?index=I}: every feature the index maps, numeric or keyword, whether it is binned,
 * and how it is computed, from the catalog the worker fleet writes into the index's mapping ({@link FeatureCatalog}).
 * Reading the mapping needs the caller's {@code view_index_metadata} privilege on the index, checked by Elasticsearch.
 */
public class FeaturesAction extends BaseRestHandler {

    static final Set<String> PARAMS = Set.of("index");

    @Override
    public String getName() {
        return "defplorex_features_action";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(GET, "/_defplorex/features"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        String index = ReadPrivilege.indexParam("index", request.param("index"));
        return channel -> {
            ActionListener<ToXContentObject> answer = new RestToXContentListener<>(channel);
            GetMappingsRequest mapping = new GetMappingsRequest(TimeValue.THIRTY_SECONDS).indices(index);
            FeatureFields.load(client, index, answer.delegateFailureAndWrap((listener, fields) ->
                    client.admin().indices().getMappings(mapping,
                            listener.map(mappings -> FeatureCatalog.of(fields, mappings)))));
        };
    }
}
