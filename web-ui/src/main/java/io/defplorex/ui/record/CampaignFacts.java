package io.defplorex.ui.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.defplorex.ui.cluster.AttackerCount;
import io.defplorex.ui.cluster.ClusterFacts;
import io.defplorex.ui.cluster.Timestamps;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the campaign view shows about the records of one query: time span, the newest record IDs (for the
 * thumbnail wall), terms aggregations and the teams each top attacker signed with. A cluster's campaign takes its
 * timeline from the plugin's cluster facts; only a campaign of a Lucene query asks for one here (a date histogram
 * of about {@value #TIMELINE_BUCKETS} buckets over the span a first, cheap search finds). There is no words field
 * in the records, so top words are counted here from the {@code extract.title} terms, weighted by record counts.
 *
 * @param facets        facet name ({@code attacker}, {@code team}, {@code hashtag}, {@code domain}, {@code tld},
 *                      {@code word}) → values with counts, most frequent first
 * @param attackerTeams attacker (the top ones) → the teams of its records with counts, most frequent first
 */
public record CampaignFacts(long records, long tookMs, Instant start, Instant end, List<ClusterFacts.Point> timeline,
                            List<String> newestIds, Map<String, List<AttackerCount>> facets,
                            Map<String, List<AttackerCount>> attackerTeams) {

    public static final int WALL = 24;
    static final int TOP = 15;
    static final int TEAMS = 10;
    private static final int TITLES = 200;
    private static final Map<String, String> FIELDS = facetFields();

    private static Map<String, String> facetFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("attacker", "attacker");
        fields.put("team", "team");
        fields.put("hashtag", "extract.hashtags");
        fields.put("domain", "domain");
        fields.put("tld", "tld");
        return fields;
    }

    static final int TIMELINE_BUCKETS = 40;
    private static final long MIN_INTERVAL_MS = 60_000;

    /** The first search: the earliest and latest timestamp of the records. */
    public static ObjectNode spanBody(JsonNode query) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("query", query);
        body.put("size", 0);
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("start").putObject("min").put("field", "timestamp");
        aggs.putObject("end").putObject("max").put("field", "timestamp");
        return body;
    }

    /** The timeline's bucket width in milliseconds for the span of {@code spanAnswer}. */
    public static long interval(JsonNode spanAnswer) {
        JsonNode aggs = spanAnswer.path("aggregations");
        double span = aggs.path("end").path("value").asDouble(0) - aggs.path("start").path("value").asDouble(0);
        return Math.max(MIN_INTERVAL_MS, (long) Math.ceil(span / TIMELINE_BUCKETS));
    }

    /** The facts search; {@code intervalMs} 0 leaves the timeline out (the cluster's own is shown). */
    public static ObjectNode body(JsonNode query, long intervalMs) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("query", query);
        body.put("size", WALL);
        body.put("_source", false);
        body.put("track_total_hits", true);
        ObjectNode byTime = body.putArray("sort").addObject().putObject("timestamp");
        byTime.put("order", "desc");
        byTime.put("unmapped_type", "date");
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("start").putObject("min").put("field", "timestamp");
        aggs.putObject("end").putObject("max").put("field", "timestamp");
        if (intervalMs > 0) {
            ObjectNode timeline = aggs.putObject("timeline").putObject("date_histogram");
            timeline.put("field", "timestamp");
            timeline.put("fixed_interval", intervalMs + "ms");
        }
        FIELDS.forEach((facet, field) -> terms(aggs, facet, field, TOP));
        terms(aggs, "titles", "extract.title", TITLES);
        terms(aggs, "attacker_teams", "attacker", TOP).putObject("aggs").putObject("teams").putObject("terms")
                .put("field", "team").put("size", TEAMS);
        return body;
    }

    /** Adds a terms aggregation; answers the aggregation's object, for sub-aggregations. */
    private static ObjectNode terms(ObjectNode aggs, String name, String field, int size) {
        ObjectNode agg = aggs.putObject(name);
        ObjectNode terms = agg.putObject("terms");
        terms.put("field", field);
        terms.put("size", size);
        return agg;
    }

    public static CampaignFacts parse(JsonNode answer) {
        JsonNode aggs = answer.path("aggregations");
        List<ClusterFacts.Point> timeline = new ArrayList<>();
        for (JsonNode bucket : aggs.path("timeline").path("buckets")) {
            timeline.add(new ClusterFacts.Point(Timestamps.read(bucket.path("key"), "timeline"),
                    bucket.path("doc_count").asLong()));
        }
        List<String> ids = new ArrayList<>();
        answer.path("hits").path("hits").forEach(hit -> ids.add(hit.path("_id").asString()));
        Map<String, List<AttackerCount>> facets = new LinkedHashMap<>();
        FIELDS.keySet().forEach(facet -> facets.put(facet, buckets(aggs.path(facet))));
        facets.put("word", words(buckets(aggs.path("titles"))));
        Map<String, List<AttackerCount>> attackerTeams = new LinkedHashMap<>();
        for (JsonNode attacker : aggs.path("attacker_teams").path("buckets")) {
            attackerTeams.put(attacker.path("key").asString(), buckets(attacker.path("teams")));
        }
        return new CampaignFacts(answer.path("hits").path("total").path("value").asLong(),
                answer.path("took").asLong(),
                Timestamps.read(aggs.path("start").path("value_as_string"), "start"),
                Timestamps.read(aggs.path("end").path("value_as_string"), "end"),
                List.copyOf(timeline), List.copyOf(ids), facets, attackerTeams);
    }

    private static List<AttackerCount> buckets(JsonNode agg) {
        List<AttackerCount> counts = new ArrayList<>();
        for (JsonNode bucket : agg.path("buckets")) {
            counts.add(new AttackerCount(bucket.path("key").asString(), bucket.path("doc_count").asLong()));
        }
        return List.copyOf(counts);
    }

    /** Words of three letters or more in the titles, each counted once per record that has the title. */
    static List<AttackerCount> words(List<AttackerCount> titles) {
        Map<String, Long> counts = new HashMap<>();
        for (AttackerCount title : titles) {
            java.util.Arrays.stream(title.name().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                    .filter(word -> word.length() >= 3)
                    .distinct()
                    .forEach(word -> counts.merge(word, title.count(), Long::sum));
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(entry -> new AttackerCount(entry.getKey(), entry.getValue()))
                .toList();
    }
}
