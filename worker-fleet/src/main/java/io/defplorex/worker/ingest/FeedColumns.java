package io.defplorex.worker.ingest;

import java.util.List;

/** The columns of a feed, in the order the corpus and the generator write them. */
public final class FeedColumns {

    public static final List<String> NAMES = List.of(
            "id", "url", "timestamp", "attacker", "team", "reason", "homepage", "mass", "redeface", "mirror");

    private FeedColumns() {
    }
}
