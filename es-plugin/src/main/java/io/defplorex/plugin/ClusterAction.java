package io.defplorex.plugin;

import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.search.SearchRequest;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.action.RestToXContentListener;
import org.elasticsearch.search.aggregations.AggregationBuilders;
import org.elasticsearch.search.aggregations.bucket.composite.CompositeAggregation;
import org.elasticsearch.search.aggregations.bucket.composite.CompositeAggregationBuilder;
import org.elasticsearch.search.aggregations.bucket.composite.CompositeValuesSourceBuilder;
import org.elasticsearch.search.aggregations.bucket.composite.TermsValuesSourceBuilder;
import org.elasticsearch.search.aggregations.metrics.Max;
import org.elasticsearch.search.aggregations.metrics.Min;
import org.elasticsearch.search.builder.SearchSourceBuilder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.elasticsearch.rest.RestRequest.Method.POST;

/**
 * {@code POST _defplorex/cluster}: pages a composite aggregation through every group of records sharing the pivot
 * features' bins and values, keeps one page of them in the requested order, then measures only those
 * (see {@link ClusterFacts}).
 */
public class ClusterAction extends BaseRestHandler {

    private volatile int pageSize = PluginSettings.CLUSTER_PAGE_SIZE.getDefault(Settings.EMPTY);

    /** Follows the dynamic setting {@code defplorex.cluster.page_size}. */
    void pageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    @Override
    public String getName() {
        return "defplorex_cluster_action";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(POST, "/_defplorex/cluster"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) throws IOException {
        ClusterRequest cluster = RestBodies.parse(request, ClusterRequest::parse);
        return channel -> {
            long start = System.nanoTime();
            ActionListener<ClusterAnswer> answer = QueryFailures.named(cluster.query(),
                    new RestToXContentListener<>(channel));
            FeatureFields.load(client, cluster.index(), answer.delegateFailureAndWrap((listener, fields) -> {
                List<Pivot> pivots = new ArrayList<>();
                for (String feature : cluster.features()) {
                    pivots.add(Pivot.of(feature, fields));
                }
                new Grouping(client, cluster, fields, pivots, pageSize, start, listener).page(null);
            }));
        };
    }

    /** One clustering run: the composite pages, then the facts of the chosen clusters. */
    private static final class Grouping {
        private final NodeClient client;
        private final ClusterRequest request;
        private final FeatureFields fields;
        private final List<Pivot> pivots;
        private final int pageSize;
        private final long startNanos;
        private final ActionListener<ClusterAnswer> listener;
        private final TopClusters top;
        private long documents;
        private Long thresholdsVersion;
        private long spanMillis;

        Grouping(NodeClient client, ClusterRequest request, FeatureFields fields, List<Pivot> pivots, int pageSize,
                 long startNanos, ActionListener<ClusterAnswer> listener) {
            this.client = client;
            this.request = request;
            this.fields = fields;
            this.pivots = pivots;
            this.pageSize = pageSize;
            this.startNanos = startNanos;
            this.listener = listener;
            ClusterKey.Sized after = request.after() == null ? null : request.after().position(pivots);
            this.top = new TopClusters(request.size(), request.minSize(), request.sort(), after);
        }

        void page(Map<String, Object> after) {
            boolean first = after == null;
            List<CompositeValuesSourceBuilder<?>> sources = new ArrayList<>();
            for (int i = 0; i < pivots.size(); i++) {
                sources.add(new TermsValuesSourceBuilder("p" + i).field(pivots.get(i).field()));
            }
            CompositeAggregationBuilder groups = new CompositeAggregationBuilder("groups", sources).size(pageSize);
            if (after != null) {
                groups.aggregateAfter(after);
            }
            if (request.sort() == ClusterSort.START) {
                groups.subAggregation(AggregationBuilders.min("start").field("timestamp"));
            }
            SearchSourceBuilder source = new SearchSourceBuilder().size(0).trackTotalHits(first).aggregation(groups);
            if (first) {
                source.aggregation(AggregationBuilders.max("thresholds_version").field("thresholds_version"));
                source.aggregation(AggregationBuilders.min("first").field("timestamp"));
                source.aggregation(AggregationBuilders.max("last").field("timestamp"));
            }
            if (request.query() != null) {
                source.query(request.query());
            }

            SearchRequest search = new SearchRequest(request.index()).source(source);
            client.search(search, listener.delegateFailureAndWrap((l, r) -> {
                if (first) {
                    documents = r.getHits().getTotalHits().value();
                    thresholdsVersion = ClusterFacts.version(r.getAggregations().get("thresholds_version"));
                    double firstTime = r.getAggregations().<Min>get("first").value();
                    double lastTime = r.getAggregations().<Max>get("last").value();
                    spanMillis = Double.isFinite(firstTime) ? (long) lastTime - (long) firstTime : 0;
                }
                CompositeAggregation page = r.getAggregations().get("groups");
                for (CompositeAggregation.Bucket bucket : page.getBuckets()) {
                    List<Object> values = new ArrayList<>(pivots.size());
                    for (int i = 0; i < pivots.size(); i++) {
                        values.add(bucket.getKey().get("p" + i));
                    }
                    top.offer(new ClusterKey.Sized(new ClusterKey(pivots, values), bucket.getDocCount(),
                            start(bucket)));
                }
                Map<String, Object> next = page.afterKey();
                if (page.getBuckets().size() == pageSize && next != null) {
                    page(Map.copyOf(next));
                } else {
                    finish();
                }
            }));
        }

        private long start(CompositeAggregation.Bucket bucket) {
            if (request.sort() != ClusterSort.START) {
                return Long.MAX_VALUE;
            }
            double first = bucket.getAggregations().<Min>get("start").value();
            return Double.isFinite(first) ? (long) first : Long.MAX_VALUE;
        }

        private void finish() {
            ClusterCursor next = top.next();
            String cursor = next == null ? null : next.encode();
            ClusterFacts.measure(client, fields, request.query(), spanMillis, top.page(),
                    listener.map(clusters -> new ClusterAnswer((System.nanoTime() - startNanos) / 1_000_000,
                            documents, top.qualifying(), thresholdsVersion, request.sort(), cursor, clusters)));
        }
    }
}
