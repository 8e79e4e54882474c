package io.defplorex.worker.ingest;

import java.time.Instant;

/** One validated line of a feed: the deface record's metadata plus its mirror page, read and checked. */
public record FeedRow(
        long line,
        String id,
        String url,
        String domain,
        String tld,
        Instant timestamp,
        String attacker,
        String team,
        String reason,
        boolean homepage,
        boolean mass,
        boolean redeface,
        MirrorPage mirror) {
}
