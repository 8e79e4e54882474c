package io.defplorex.plugin;

import org.elasticsearch.xcontent.ToXContentObject;
import org.elasticsearch.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.List;

/**
 * The answer of {@code POST _defplorex/cluster}.
 *
 * @param documents     records matching the request's query
 * @param totalClusters groups of at least {@code min_size} records, of which {@code clusters} holds one page
 * @param next          the cursor of the next page, null after the last one
 */
record ClusterAnswer(long tookMs, long documents, long totalClusters, Long thresholdsVersion, ClusterSort sort,
                     String next, List<Cluster> clusters)
        implements ToXContentObject {

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject();
        builder.field("took_ms", tookMs);
        builder.field("documents", documents);
        builder.field("total_clusters", totalClusters);
        builder.field("thresholds_version", thresholdsVersion);
        builder.field("sort", sort.sortName());
        builder.field("next", next);
        builder.startArray("clusters");
        for (Cluster cluster : clusters) {
            cluster.toXContent(builder, params);
        }
        builder.endArray();
        return builder.endObject();
    }
}
