package io.defplorex.plugin;

import java.util.List;
import java.util.Map;

/**
 * Eight records shaped as docs/design.md describes them, small enough to work out every percentile and cluster by
 * hand. Feature {@code img} is 1..8, {@code script} ten times that, {@code avg_color} a keyword; only {@code img}
 * is quantized. Clusters on (img, avg_color): (0, red) r1-r3, (1, blue) r4-r5, (2, red) r6-r7, (3, blue) r8.
 * With facts: teams t1 (r1, r2), t2 (r3, r4), t3 (r6, r7); TLDs com (r1, r2), org (r3), net (the rest); text
 * hashes h1 (r1, r2), h2 (r3), h3 (the rest).
 */
final class Records {

    static List<Map.Entry<String, String>> eight() {
        return eight(false);
    }

    /** The eight records with {@code team}, {@code tld} and {@code extract.text_hash}, which need keyword mappings. */
    static List<Map.Entry<String, String>> eightWithFacts() {
        return eight(true);
    }

    private static List<Map.Entry<String, String>> eight(boolean facts) {
        return List.of(
                record("r1", 1, 0, "red", "alpha", "a.example", "2026-01-01T10:00:00Z", 1, facts, "t1", "com", "h1"),
                record("r2", 2, 0, "red", "alpha", "a.example", "2026-01-02T10:00:00Z", 1, facts, "t1", "com", "h1"),
                record("r3", 3, 0, "red", "beta", "b.example", "2026-01-03T10:00:00Z", 1, facts, "t2", "org", "h2"),
                record("r4", 4, 1, "blue", "beta", "c.example", "2026-01-04T10:00:00Z", 1, facts, "t2", "net", "h3"),
                record("r5", 5, 1, "blue", null, "d.example", "2026-01-05T10:00:00Z", 1, facts, null, "net", "h3"),
                record("r6", 6, 2, "red", "gamma", "e.example", "2026-01-06T10:00:00Z", 2, facts, "t3", "net", "h3"),
                record("r7", 7, 2, "red", "gamma", "e.example", "2026-01-07T10:00:00Z", 2, facts, "t3", "net", "h3"),
                record("r8", 8, 3, "blue", "delta", "f.example", "2026-01-08T10:00:00Z", null, facts, null, "net",
                        "h3"));
    }

    private static Map.Entry<String, String> record(String id, int img, int bin, String color, String attacker,
                                                    String domain, String timestamp, Integer thresholdsVersion,
                                                    boolean facts, String team, String tld, String textHash) {
        StringBuilder json = new StringBuilder();
        json.append("{\"id\":\"").append(id).append("\",\"domain\":\"").append(domain)
                .append("\",\"timestamp\":\"").append(timestamp).append("\",\"status\":\"ok\"");
        if (facts) {
            json.append(",\"tld\":\"").append(tld).append("\",\"extract\":{\"text_hash\":\"").append(textHash)
                    .append("\"}");
        }
        if (attacker != null) {
            json.append(",\"attacker\":\"").append(attacker).append('"');
        }
        if (facts && team != null) {
            json.append(",\"team\":\"").append(team).append('"');
        }
        json.append(",\"features\":{\"img\":").append(img).append(".0,\"script\":").append(img * 10)
                .append(".0,\"avg_color\":\"").append(color).append("\"}");
        json.append(",\"bins\":{\"img\":").append(bin).append('}');
        if (thresholdsVersion != null) {
            json.append(",\"thresholds_version\":").append(thresholdsVersion);
        }
        return Map.entry(id, json.append('}').toString());
    }

    private Records() {
    }
}
