package io.defplorex.plugin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin on a cluster of two nodes of the test stack ({@code dpx.it.es} and {@code dpx.it.es2}), with the
 * records' shards split between them: each endpoint answers the same whichever node is called.
 */
@SuppressWarnings("unchecked")
class TwoNodeIT {

    private static final String INDEX = "dpx-plugin-it-two-nodes";
    private static final String PREFIX = System.getProperty("dpx.it.prefix", "defplorex");
    private static final ItNode ONE = new ItNode(System.getProperty("dpx.it.es", "http://127.0.0.1:19200"), null);
    private static ItNode two;
    private static TestQueue queue;

    @BeforeAll
    static void loadRecords() throws Exception {
        two = new ItNode(ItNode.address("dpx.it.es2"), null);
        queue = new TestQueue(PREFIX);
        queue.publish("extract");
        ONE.createRecords(INDEX, Records.eight(), 1);
    }

    @AfterAll
    static void deleteRecordsAndJobs() throws Exception {
        ONE.delete("/" + INDEX);
        if (queue != null) {
            queue.close();
        }
    }

    @Test
    void recordsAreSplitAcrossBothNodesOfOneCluster() throws Exception {
        EsNode.Answer health = two.get("/_cluster/health");
        EsNode.Answer shards = ONE.get("/" + INDEX + "/_search_shards");

        assertThat(health.body()).containsEntry("number_of_nodes", 2).containsEntry("number_of_data_nodes", 2);
        List<List<Map<String, Object>>> groups = (List<List<Map<String, Object>>>) shards.body().get("shards");
        assertThat(groups.stream().flatMap(List::stream).map(shard -> shard.get("node")).distinct())
                .as("nodes holding the shards of %s", INDEX).hasSize(2);
    }

    @Test
    void clusterAnswersTheSameOnEitherNode() throws Exception {
        String body = "{\"index\": \"" + INDEX + "\", \"features\": [\"img\", \"avg_color\"], \"size\": 10}";

        EsNode.Answer first = ONE.post("/_defplorex/cluster", body);
        EsNode.Answer second = two.post("/_defplorex/cluster", body);

        assertThat(first.status()).as("%s", first.body()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(withoutTook(second.body())).isEqualTo(withoutTook(first.body()));
        assertThat(first.body()).containsEntry("documents", 8).containsEntry("total_clusters", 4);
    }

    /** Each node holds one shard, so each call meets a shard failure sent over the wire from the other node. */
    @Test
    void queryThatCannotRunIsNamedOnEitherNode() throws Exception {
        String body = "{\"index\": \"" + INDEX + "\", \"features\": [\"img\"], "
                + "\"query\": \"attacker:(\"}";

        for (ItNode node : List.of(ONE, two)) {
            EsNode.Answer answer = node.post("/_defplorex/cluster", body);

            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(400);
            assertThat(answer.reason()).isEqualTo("[query] cannot be run: Failed to parse query [attacker:(]");
        }
    }

    @Test
    void enqueueOnEitherNodeQueuesTheSameRecords() throws Exception {
        String body = "{\"index\": \"" + INDEX + "\", \"transformers\": [\"extract\"], \"batch_size\": 3}";

        EsNode.Answer first = ONE.post("/_defplorex/enqueue", body);
        EsNode.Answer second = two.post("/_defplorex/enqueue", body);

        assertThat(first.status()).as("%s", first.body()).isEqualTo(200);
        assertThat(second.status()).as("%s", second.body()).isEqualTo(200);
        String firstJob = queue.track((String) first.body().get("job"));
        String secondJob = queue.track((String) second.body().get("job"));
        assertThat(firstJob).isNotEqualTo(secondJob);
        assertThat(first.body()).containsEntry("documents", 8).containsEntry("batches", 3);
        assertThat(without(second.body(), "job")).isEqualTo(without(first.body(), "job"));
        assertThat(ids(firstJob)).isEqualTo(ids(secondJob))
                .containsExactly("r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8");
    }

    @Test
    void eitherNodeReadsAJobEnqueuedOnTheOther() throws Exception {
        EsNode.Answer enqueued = two.post("/_defplorex/enqueue",
                "{\"index\": \"" + INDEX + "\", \"transformers\": [\"extract\"], \"batch_size\": 5}");
        String job = queue.track((String) enqueued.body().get("job"));

        EsNode.Answer onOne = ONE.get("/_defplorex/jobs/" + job);
        EsNode.Answer onTwo = two.get("/_defplorex/jobs/" + job);

        assertThat(onOne.status()).as("%s", onOne.body()).isEqualTo(200);
        assertThat(onTwo.body()).isEqualTo(onOne.body());
        assertThat(onOne.body()).containsEntry("job", job).containsEntry("documents", 8).containsEntry("batches", 2)
                .containsEntry("index", INDEX);
    }

    @Test
    void thresholdsStoredThroughOneNodeAreReadOnTheOther() throws Exception {
        EsNode.Answer stored = two.post("/_defplorex/percentiles",
                "{\"index\": \"" + INDEX + "\", \"features\": [\"img\", \"script\"]}");

        assertThat(stored.status()).as("%s", stored.body()).isEqualTo(200);
        EsNode.Answer read = ONE.get("/_defplorex/percentiles?index=" + INDEX + "&version=" + stored.body().get("version"));
        assertThat(read.status()).as("%s", read.body()).isEqualTo(200);
        assertThat(read.body().get("thresholds")).isEqualTo(stored.body().get("thresholds"));
        assertThat((Map<String, Object>) stored.body().get("thresholds"))
                .containsEntry("img", List.of(2.75, 4.5, 6.25));
    }

    private static Set<String> ids(String job) {
        return queue.batches(job).stream().flatMap(batch -> List.of(batch.get("ids").split("\n")).stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Object> withoutTook(Map<String, Object> answer) {
        return without(answer, "took_ms");
    }

    private static Map<String, Object> without(Map<String, Object> answer, String field) {
        Map<String, Object> copy = new HashMap<>(answer);
        copy.remove(field);
        return copy;
    }
}
