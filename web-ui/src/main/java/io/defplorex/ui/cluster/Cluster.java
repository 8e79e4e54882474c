package io.defplorex.ui.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One cluster from {@code POST /_defplorex/cluster}: records sharing the same bin (or value) of every pivot.
 *
 * @param key          pivot feature → bin number or keyword value, in the pivots' order
 * @param start        the earliest record's timestamp, null when unknown
 * @param end          the latest record's timestamp, null when unknown
 * @param attackers    number of distinct attackers
 * @param domains      number of distinct domains
 * @param query        Query DSL selecting exactly the cluster's records
 * @param facts        text hashes, TLDs, teams and timeline, when the plugin sends them
 */
public record Cluster(Map<String, String> key, long size, Instant start, Instant end, long attackers,
                      List<AttackerCount> topAttackers, long domains, JsonNode query, ClusterFacts facts) {

    public Cluster(Map<String, String> key, long size, Instant start, Instant end, long attackers,
                   List<AttackerCount> topAttackers, long domains, JsonNode query) {
        this(key, size, start, end, attackers, topAttackers, domains, query, ClusterFacts.NONE);
    }
}
