package io.defplorex.ui.record;

import java.util.List;

/** One page of a records search: the total hit count, how long Elasticsearch took, the rows. */
public record RecordHits(long total, long tookMs, List<RecordRow> rows) {
}
