package io.defplorex.ui.cluster;

import java.util.List;

/** The records of one search, oldest first, and how many matched in all. */
public record RecordPage(long total, List<ClusterRecord> records) {
}
