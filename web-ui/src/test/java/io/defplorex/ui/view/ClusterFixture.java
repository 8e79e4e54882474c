package io.defplorex.ui.view;

import java.util.List;

/**
 * Eight records shaped like design.md's record, binned so that pivoting on word_count and img_count gives
 * exactly: {2,1} × 4, {0,3} × 2, {1,1} × 1, {2,0} × 1.
 */
final class ClusterFixture {

    static final String MAPPING = """
            {"settings": {"number_of_shards": 1, "number_of_replicas": 0},
             "mappings": {"properties": {
               "id": {"type": "keyword"}, "url": {"type": "keyword"}, "domain": {"type": "keyword"},
               "attacker": {"type": "keyword"}, "timestamp": {"type": "date"},
               "extract": {"properties": {"title": {"type": "keyword"}}},
               "features": {"properties": {
                 "word_count": {"type": "double"}, "img_count": {"type": "double"},
                 "avg_color": {"type": "keyword"}}},
               "bins": {"properties": {"word_count": {"type": "short"}, "img_count": {"type": "short"}}},
               "thresholds_version": {"type": "integer"}, "status": {"type": "keyword"}}}}
            """;

    /** The largest cluster's URLs, oldest first (indexed out of order on purpose). */
    static final String[] LARGEST_CLUSTER_URLS = {
        "http://alpha.example.com/", "http://bravo.example.org/home",
        "http://charlie.example.net/", "http://delta.example.com/news/"};

    private static final List<String> RECORDS = List.of(
            record("c3", "http://charlie.example.net/", "bob", "2024-03-03T08:00:00Z", "Hacked by bob", 1000, 7, 2, 1),
            record("c1", "http://alpha.example.com/", "alice", "2024-03-01T08:00:00Z", "Owned", 900, 5, 2, 1),
            record("c4", "http://delta.example.com/news/", "alice", "2024-03-04T08:00:00Z", "Owned", 1100, 5, 2, 1),
            record("c2", "http://bravo.example.org/home", "alice", "2024-03-02T08:00:00Z", "Owned", 950, 6, 2, 1),
            record("s1", "http://echo.example.com/", "carol", "2024-04-01T08:00:00Z", "gallery", 10, 60, 0, 3),
            record("s2", "http://foxtrot.example.com/", "carol", "2024-04-02T08:00:00Z", "gallery", 12, 70, 0, 3),
            record("o1", "http://golf.example.com/", "dave", "2024-05-01T08:00:00Z", "hi", 400, 4, 1, 1),
            record("o2", "http://hotel.example.com/", "erin", "2024-05-02T08:00:00Z", "text only", 1200, 0, 2, 0));

    private ClusterFixture() {
    }

    /** The records as a {@code _bulk} body. */
    static String bulk() {
        return String.join("", RECORDS);
    }

    /** One bulk action line and its document line. */
    private static String record(String id, String url, String attacker, String timestamp, String title,
                                 int words, int images, int wordBin, int imageBin) {
        String domain = url.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
        String action = "{\"index\": {\"_id\": \"" + id + "\"}}\n";
        String source = ("{\"id\": \"%s\", \"url\": \"%s\", \"domain\": \"%s\", \"attacker\": \"%s\","
                + " \"timestamp\": \"%s\", \"extract\": {\"title\": \"%s\"},"
                + " \"features\": {\"word_count\": %d.0, \"img_count\": %d.0, \"avg_color\": \"#202020\"},"
                + " \"bins\": {\"word_count\": %d, \"img_count\": %d}, \"thresholds_version\": 1, \"status\": \"ok\"}")
                .formatted(id, url, domain, attacker, timestamp, title, words, images, wordBin, imageBin);
        return action + source + "\n";
    }
}
