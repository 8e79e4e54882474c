package io.defplorex.plugin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin on the test stack's node with security on ({@code dpx.it.es.secure}, file-realm users passed as
 * {@code name:password} in {@code dpx.it.es.secure.admin|reader|nobody}, queue prefix {@code defplorex-secure}).
 * Every call runs with the caller's privileges: {@code dpx_reader} (role of docs/operations.md) may use every
 * endpoint on the records index, {@code dpx_nobody} (no index privilege) gets 403 from each.
 */
@SuppressWarnings("unchecked")
class SecurityIT {

    private static final String INDEX = "dpx-secure-it-records";
    private static final String PREFIX = "defplorex-secure";
    private static final String CLUSTER = "{\"index\": \"" + INDEX + "\", \"features\": [\"img\", \"avg_color\"]}";
    private static final String ENQUEUE = "{\"index\": \"" + INDEX + "\", \"transformers\": [\"extract\"]}";
    private static final String DRY_RUN =
            "{\"index\": \"" + INDEX + "\", \"transformers\": [\"extract\"], \"dry_run\": true}";
    private static final String PERCENTILES = "{\"index\": \"" + INDEX + "\", \"features\": [\"img\"]}";

    private static ItNode admin;
    private static ItNode reader;
    private static ItNode nobody;
    private static ItNode anonymous;
    private static TestQueue queue;

    @BeforeAll
    static void loadRecords() throws Exception {
        ItNode node = new ItNode(ItNode.address("dpx.it.es.secure"), null);
        anonymous = node;
        admin = node.as(ItNode.address("dpx.it.es.secure.admin"));
        reader = node.as(ItNode.address("dpx.it.es.secure.reader"));
        nobody = node.as(ItNode.address("dpx.it.es.secure.nobody"));
        queue = new TestQueue(PREFIX);
        queue.publish("extract");
        admin.createRecords(INDEX, Records.eight(), 2);
        EsNode.Answer stored = admin.post("/_defplorex/percentiles", PERCENTILES);
        assertThat(stored.status()).as("thresholds stored by the admin: %s", stored.body()).isEqualTo(200);
    }

    @AfterAll
    static void deleteRecordsAndJobs() throws Exception {
        if (admin != null) {
            admin.delete("/" + INDEX);
            admin.post("/defplorex-thresholds/_delete_by_query?refresh=true",
                    "{\"query\": {\"term\": {\"index\": \"" + INDEX + "\"}}}");
        }
        if (queue != null) {
            queue.close();
        }
    }

    @Test
    void readerClustersTheRecords() throws Exception {
        EsNode.Answer answer = reader.post("/_defplorex/cluster", CLUSTER);

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("documents", 8).containsEntry("total_clusters", 4);
    }

    @Test
    void readerEnqueuesAndReadsTheJob() throws Exception {
        EsNode.Answer answer = reader.post("/_defplorex/enqueue", ENQUEUE);

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        String job = queue.track((String) answer.body().get("job"));
        assertThat(answer.body()).containsEntry("documents", 8).containsEntry("batches", 1);
        EsNode.Answer status = reader.get("/_defplorex/jobs/" + job);
        assertThat(status.status()).as("%s", status.body()).isEqualTo(200);
        assertThat(status.body()).containsEntry("index", INDEX).containsEntry("documents", 8);
    }

    @Test
    void readerCountsADryRun() throws Exception {
        EsNode.Answer answer = reader.post("/_defplorex/enqueue", DRY_RUN);

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(Map.of("documents", 8, "batches", 1));
    }

    @Test
    void userWithoutIndexPrivilegesIsForbiddenADryRun() throws Exception {
        assertForbidden(nobody.post("/_defplorex/enqueue", DRY_RUN));
    }

    @Test
    void readerStoresAndReadsThresholds() throws Exception {
        EsNode.Answer stored = reader.post("/_defplorex/percentiles", PERCENTILES);

        assertThat(stored.status()).as("%s", stored.body()).isEqualTo(200);
        assertThat((Map<String, Object>) stored.body().get("thresholds")).containsEntry("img", List.of(2.75, 4.5, 6.25));
        EsNode.Answer read = reader.get("/_defplorex/percentiles?index=" + INDEX + "&version=" + stored.body().get("version"));
        assertThat(read.status()).as("%s", read.body()).isEqualTo(200);
        assertThat(read.body().get("thresholds")).isEqualTo(stored.body().get("thresholds"));
    }

    @Test
    void userWithoutIndexPrivilegesIsForbiddenToCluster() throws Exception {
        assertForbidden(nobody.post("/_defplorex/cluster", CLUSTER));
    }

    @Test
    void userWithoutIndexPrivilegesIsForbiddenToEnqueueAndNoJobIsLeft() throws Exception {
        long jobsBefore = jobs();

        assertForbidden(nobody.post("/_defplorex/enqueue", ENQUEUE));
        assertThat(jobs()).as("jobs in %s:jobs", PREFIX).isEqualTo(jobsBefore);
    }

    @Test
    void userWithoutIndexPrivilegesIsForbiddenToComputeThresholds() throws Exception {
        assertForbidden(nobody.post("/_defplorex/percentiles", PERCENTILES));
    }

    @Test
    void userWithoutIndexPrivilegesIsForbiddenToReadThresholds() throws Exception {
        assertForbidden(nobody.get("/_defplorex/percentiles?index=" + INDEX));
    }

    @Test
    void callerWithoutCredentialsIsAskedToAuthenticate() throws Exception {
        assertThat(anonymous.post("/_defplorex/cluster", CLUSTER).status()).isEqualTo(401);
        assertThat(anonymous.post("/_defplorex/enqueue", ENQUEUE).status()).isEqualTo(401);
        assertThat(anonymous.post("/_defplorex/percentiles", PERCENTILES).status()).isEqualTo(401);
    }

    private static long jobs() throws Exception {
        try (TestQueue peek = new TestQueue(PREFIX)) {
            return peek.jobCount();
        }
    }

    private static void assertForbidden(EsNode.Answer answer) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(403);
        assertThat((Map<String, Object>) answer.body().get("error")).containsEntry("type", "security_exception");
        assertThat(answer.reason()).contains("dpx_nobody").contains("unauthorized");
    }
}
