package io.defplorex.plugin;

import org.elasticsearch.index.query.QueryBuilder;
import org.elasticsearch.xcontent.ToXContentObject;
import org.elasticsearch.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.List;

/**
 * A group of records sharing the same bins and values on the pivot features, with the facts an analyst reads first.
 *
 * @param start             the earliest record timestamp (ISO-8601), null when no record has one
 * @param thresholdsVersion the highest thresholds version among its records, null when none was quantized
 * @param query             a Query DSL filter selecting exactly its records
 */
record Cluster(ClusterKey key, long size, String start, String end, long attackers, List<AttackerCount> topAttackers,
               long domains, Long thresholdsVersion, QueryBuilder query) implements ToXContentObject {

    /** An attacker and how many records of the cluster carry their name. */
    record AttackerCount(String name, long count) {
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject();
        builder.field("key", key.byFeature());
        builder.field("size", size);
        builder.field("start", start);
        builder.field("end", end);
        builder.field("attackers", attackers);
        builder.startArray("top_attackers");
        for (AttackerCount attacker : topAttackers) {
            builder.startObject().field("name", attacker.name()).field("count", attacker.count()).endObject();
        }
        builder.endArray();
        builder.field("domains", domains);
        builder.field("thresholds_version", thresholdsVersion);
        builder.field("query", query);
        return builder.endObject();
    }
}
