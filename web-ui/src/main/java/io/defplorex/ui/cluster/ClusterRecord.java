package io.defplorex.ui.cluster;

import java.time.Instant;

/** One deface record as listed under a cluster; fields absent from the document are null. */
public record ClusterRecord(String id, String url, String attacker, Instant timestamp, String title) {
}
