package io.defplorex.worker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.defplorex.queue.BatchQueue;
import io.defplorex.queue.QueueSettings;
import io.defplorex.worker.fleet.Fleet;
import io.defplorex.worker.it.ItEnv;
import io.defplorex.worker.store.Elasticsearch;
import io.defplorex.worker.store.EsThresholdSource;
import io.defplorex.worker.transform.Transformers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline on the 303 real pages of the corpus, through the plugin installed in a real node and a
 * worker fleet on the real Redis queue. The expected values were counted by hand in the pages (grep).
 */
class CorpusPipelineIT {

    private static final String INDEX = ItEnv.unique("it-corpus");
    private static final List<String> TEMPLATE_PIVOTS = List.of("n_img", "n_script", "n_style", "n_meta", "n_link",
            "n_anchor");

    /** The eight pages of template family F0001 in the corpus's families.csv. */
    private static final List<String> FAMILY_F0001 = List.of("dpx-00104", "dpx-00106", "dpx-00108", "dpx-00126",
            "dpx-00127", "dpx-00128", "dpx-00129", "dpx-00130");

    private static Elasticsearch es;
    private static BatchQueue queue;
    private static Fleet fleet;
    private static PluginClient plugin;

    @BeforeAll
    static void startFleet() {
        es = Elasticsearch.connect(ItEnv.es());
        plugin = new PluginClient(ItEnv.es());
        queue = BatchQueue.connect(ItEnv.redis(), QueueSettings.DEFAULT_PREFIX);
        fleet = new Fleet(queue, es, Transformers.standard(), new EsThresholdSource(es),
                Fleet.Options.of(2, null));
        fleet.start();
    }

    @AfterAll
    static void stopFleet() throws Exception {
        fleet.stop();
        queue.close();
        es.client().indices().delete(d -> d.index(INDEX).ignoreUnavailable(true));
        es.client().delete(d -> d.index(EsThresholdSource.INDEX).id(INDEX + ":1")); // the distribution has no reindex
        es.close();
    }

    @Test
    void corpusPagesOfOneTemplateLandInOneCluster() throws Exception {
        String ingested = runCommand("ingest", "--es", ItEnv.es(), "--index", INDEX,
                "--feed", ItEnv.corpus().resolve("feed.csv").toString());
        assertThat(ingested).isEqualTo("loaded 303, rejected 0\n");
        refresh();

        JsonNode extracted = runJob("extract", "features");
        assertThat(extracted.path("done_documents").asLong()).isEqualTo(303);
        assertThat(extracted.path("failed_documents").asLong()).isZero();
        refresh();

        assertThat(features("dpx-00001")).containsAllEntriesOf(Map.of("n_img", 1.0, "n_script", 1.0, "n_style", 1.0,
                "n_meta", 11.0, "n_link", 3.0, "n_anchor", 0.0, "n_urls", 5.0, "avg_color", "#c0b897"));
        assertThat((Double) features("dpx-00001").get("frac_letters_in_title")).isEqualTo(18.0 / 22);
        // 00104 has two <img> outside comments and one <image>, which HTML parsing turns into an <img>
        Map<String, Object> sameTemplate = Map.of("n_img", 3.0, "n_script", 5.0, "n_style", 1.0, "n_meta", 2.0,
                "n_link", 3.0, "n_anchor", 3.0, "n_urls", 6.0);
        assertThat(features("dpx-00104")).containsAllEntriesOf(sameTemplate);
        assertThat(features("dpx-00106")).containsAllEntriesOf(sameTemplate);

        JsonNode thresholds = plugin.post("/_defplorex/percentiles", Map.of("index", INDEX));
        assertThat(thresholds.path("documents").asLong()).isEqualTo(303);
        JsonNode quantized = runJob("quantize");
        assertThat(quantized.path("done_documents").asLong()).isEqualTo(303);
        refresh();

        JsonNode answer = plugin.post("/_defplorex/cluster", Map.of("index", INDEX, "features", TEMPLATE_PIVOTS,
                "size", 1000));
        assertThat(answer.path("documents").asLong()).isEqualTo(303);
        JsonNode cluster = clusterOf("dpx-00104", answer);
        assertThat(answer.path("total_clusters").asInt()).isEqualTo(127);
        assertThat(cluster.path("size").asInt()).isEqualTo(16);
        assertThat(recordIds(cluster)).hasSize(16).containsAll(FAMILY_F0001);
    }

    /** Enqueues the chain through the plugin and waits for the job to end; returns its last status. */
    private static JsonNode runJob(String... transformers) throws Exception {
        String job = plugin.post("/_defplorex/enqueue", Map.of("index", INDEX, "transformers", List.of(transformers),
                "batch_size", 50)).path("job").asText();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        JsonNode status = plugin.get("/_defplorex/jobs/" + job);
        while (!status.path("state").asText().equals("done") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            status = plugin.get("/_defplorex/jobs/" + job);
        }
        assertThat(status.path("state").asText()).as("state of job %s", job).isEqualTo("done");
        return status;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> features(String id) throws Exception {
        Map<String, Object> source = es.client().get(g -> g.index(INDEX).id(id), Map.class).source();
        return (Map<String, Object>) source.get("features");
    }

    /** The cluster whose key holds the record's bins, found by the record's bins read back from the index. */
    @SuppressWarnings("unchecked")
    private static JsonNode clusterOf(String id, JsonNode answer) throws Exception {
        Map<String, Object> bins = (Map<String, Object>) es.client().get(g -> g.index(INDEX).id(id), Map.class)
                .source().get("bins");
        for (JsonNode cluster : answer.path("clusters")) {
            boolean same = TEMPLATE_PIVOTS.stream().allMatch(f ->
                    cluster.path("key").path(f).asInt() == ((Number) bins.get(f)).intValue());
            if (same) {
                return cluster;
            }
        }
        throw new AssertionError("no cluster has the bins of " + id + ": " + bins);
    }

    private static List<String> recordIds(JsonNode cluster) throws Exception {
        JsonNode hits = plugin.post("/" + INDEX + "/_search", Map.of("query", cluster.path("query"), "size", 1000,
                "_source", false));
        List<String> ids = new ArrayList<>();
        hits.path("hits").path("hits").forEach(hit -> ids.add(hit.path("_id").asText()));
        return ids;
    }

    private static void refresh() throws Exception {
        es.client().indices().refresh(r -> r.index(INDEX));
    }

    private static synchronized String runCommand(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertThat(DefploreCommand.commandLine().execute(args)).as("exit code of %s", args[0]).isZero();
            return bytes.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(old);
        }
    }
}
