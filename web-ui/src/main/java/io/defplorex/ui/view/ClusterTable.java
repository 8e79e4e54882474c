package io.defplorex.ui.view;

import java.util.ArrayList;
import java.util.List;

import io.defplorex.ui.cluster.Cluster;
import io.defplorex.ui.cluster.ClusterFormat;

/** The clusters on screen as an export table. */
final class ClusterTable {

    private ClusterTable() {
    }

    static Exports.Table of(List<Cluster> clusters) {
        List<List<String>> rows = new ArrayList<>();
        for (Cluster cluster : clusters) {
            rows.add(List.of(String.valueOf(cluster.size()), ClusterFormat.key(cluster.key()),
                    ClusterFormat.time(cluster.start()), ClusterFormat.time(cluster.end()),
                    ClusterFormat.attackers(cluster), String.valueOf(cluster.facts().textHashes()),
                    String.valueOf(cluster.facts().tlds()), String.valueOf(cluster.domains()),
                    cluster.query().toString()));
        }
        return new Exports.Table(List.of("size", "key", "start", "end", "attackers", "text_hashes", "tlds",
                "domains", "query"), rows);
    }
}
