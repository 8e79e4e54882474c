package io.defplorex.plugin;

import org.elasticsearch.index.query.QueryBuilder;
import org.elasticsearch.xcontent.ToXContentObject;
import org.elasticsearch.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.List;

/**
 * A group of records sharing the same bins and values on the pivot features, with the facts an analyst reads first.
 * Distinct counts ({@code attackers}, {@code domains}, {@code tlds}, {@code text_hashes}) are exact up to 3,000
 * values and approximate above (HyperLogLog++).
 *
 * @param start             the earliest record timestamp (ISO-8601), null when no record has one
 * @param timelineInterval  the width of the timeline's buckets, chosen from the cluster's time span (e.g. 1d, 7d, 1M)
 * @param thresholdsVersion the highest thresholds version among its records, null when none was quantized
 * @param query             a Query DSL filter selecting exactly its records
 */
record Cluster(ClusterKey key, long size, String start, String end, long attackers, List<Count> topAttackers,
               List<Count> topTeams, long domains, long tlds, List<Count> topTlds, long textHashes,
               String timelineInterval, List<Count> timeline, List<String> sampleIds, Long thresholdsVersion,
               QueryBuilder query) implements ToXContentObject {

    /** A value (an attacker, team, TLD, or the start of a timeline bucket) and how many records have it. */
    record Count(String name, long count) {
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject();
        builder.field("key", key.byFeature());
        builder.field("size", size);
        builder.field("start", start);
        builder.field("end", end);
        builder.field("attackers", attackers);
        counts(builder, "top_attackers", "name", topAttackers);
        counts(builder, "top_teams", "name", topTeams);
        builder.field("domains", domains);
        builder.field("tlds", tlds);
        counts(builder, "top_tlds", "name", topTlds);
        builder.field("text_hashes", textHashes);
        builder.field("timeline_interval", timelineInterval);
        counts(builder, "timeline", "start", timeline);
        builder.field("sample_ids", sampleIds);
        builder.field("thresholds_version", thresholdsVersion);
        builder.field("query", query);
        return builder.endObject();
    }

    private static void counts(XContentBuilder builder, String field, String name, List<Count> counts)
            throws IOException {
        builder.startArray(field);
        for (Count count : counts) {
            builder.startObject().field(name, count.name()).field("count", count.count()).endObject();
        }
        builder.endArray();
    }
}
