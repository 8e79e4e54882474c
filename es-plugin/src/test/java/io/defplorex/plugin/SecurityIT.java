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
 * {@code dpx_reader} (role of docs/operations.md) may use every endpoint on the records index; {@code dpx_nobody}
 * reads only {@code dpx-other-*} and the thresholds index, and gets 403 from every endpoint on the records index.
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
    /** The index {@code dpx_nobody} may read. */
    private static final String OTHER = "dpx-other-secure-it";
    /** An index deleted after its job was enqueued. */
    private static final String GONE = "dpx-secure-it-gone";

    private static ItNode admin;
    private static ItNode reader;
    private static ItNode nobody;
    private static ItNode anonymous;
    private static TestQueue queue;
    private static String jobOnIndex;
    private static String jobOnOther;
    private static String jobOnGone;

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
        admin.createRecords(OTHER, Records.eight(), 2);
        EsNode.Answer otherStored = admin.post("/_defplorex/percentiles", PERCENTILES.replace(INDEX, OTHER));
        assertThat(otherStored.status()).as("thresholds stored by the admin: %s", otherStored.body()).isEqualTo(200);
        jobOnIndex = enqueuedByAdmin(INDEX);
        jobOnOther = enqueuedByAdmin(OTHER);
        admin.createRecords(GONE, Records.eight(), 2);
        jobOnGone = enqueuedByAdmin(GONE);
        admin.delete("/" + GONE);
    }

    private static String enqueuedByAdmin(String index) throws Exception {
        EsNode.Answer answer = admin.post("/_defplorex/enqueue", ENQUEUE.replace(INDEX, index));
        assertThat(answer.status()).as("job enqueued by the admin: %s", answer.body()).isEqualTo(200);
        return queue.track((String) answer.body().get("job"));
    }

    @AfterAll
    static void deleteRecordsAndJobs() throws Exception {
        if (admin != null) {
            admin.delete("/" + INDEX);
            admin.delete("/" + OTHER);
            admin.post("/defplorex-thresholds/_delete_by_query?refresh=true",
                    "{\"query\": {\"terms\": {\"index\": [\"" + INDEX + "\", \"" + OTHER + "\"]}}}");
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
        assertThat((Map<String, Object>) stored.body().get("thresholds"))
                .containsEntry("img", List.of(2.75, 4.5, 6.25));
        EsNode.Answer read = reader.get("/_defplorex/percentiles?index=" + INDEX + "&version="
                + stored.body().get("version"));
        assertThat(read.status()).as("%s", read.body()).isEqualTo(200);
        assertThat(read.body().get("thresholds")).isEqualTo(stored.body().get("thresholds"));
    }

    @Test
    void readerReadsTheFeaturesAndAUserWithoutPrivilegesIsForbiddenThem() throws Exception {
        EsNode.Answer answer = reader.get("/_defplorex/features?index=" + INDEX);

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        assertForbidden(nobody.get("/_defplorex/features?index=" + INDEX));
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
    void userWithoutIndexPrivilegesIsForbiddenTheJobOfThatIndex() throws Exception {
        assertForbidden(nobody.get("/_defplorex/jobs/" + jobOnIndex));
    }

    @Test
    void readerAndUserOfTheOtherIndexReadTheJobOfTheOtherIndex() throws Exception {
        for (ItNode user : List.of(reader, nobody)) {
            EsNode.Answer status = user.get("/_defplorex/jobs/" + jobOnOther);

            assertThat(status.status()).as("%s", status.body()).isEqualTo(200);
            assertThat(status.body()).containsEntry("index", OTHER).containsEntry("documents", 8);
        }
    }

    @Test
    void jobsListShowsOnlyTheJobsOfIndicesTheCallerMayRead() throws Exception {
        assertThat(listedJobs(reader)).contains(jobOnIndex, jobOnOther, jobOnGone);
        assertThat(listedJobs(nobody)).contains(jobOnOther).doesNotContain(jobOnIndex, jobOnGone);
    }

    @Test
    void jobOfADeletedIndexStaysReadableOnlyToWhoMayReadThatName() throws Exception {
        EsNode.Answer status = reader.get("/_defplorex/jobs/" + jobOnGone);

        assertThat(status.status()).as("%s", status.body()).isEqualTo(200);
        assertThat(status.body()).containsEntry("index", GONE);
        assertForbidden(nobody.get("/_defplorex/jobs/" + jobOnGone));
    }

    @Test
    void userOfTheOtherIndexReadsItsThresholds() throws Exception {
        EsNode.Answer read = nobody.get("/_defplorex/percentiles?index=" + OTHER);

        assertThat(read.status()).as("%s", read.body()).isEqualTo(200);
        assertThat(read.body()).containsEntry("index", OTHER);
    }

    @Test
    void anyAuthenticatedUserReadsThePublishedTransformers() throws Exception {
        EsNode.Answer answer = nobody.get("/_defplorex/transformers");

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        assertThat((List<String>) answer.body().get("transformers")).contains("extract");
    }

    @Test
    void callerWithoutCredentialsIsAskedToAuthenticate() throws Exception {
        assertThat(anonymous.post("/_defplorex/cluster", CLUSTER).status()).isEqualTo(401);
        assertThat(anonymous.post("/_defplorex/enqueue", ENQUEUE).status()).isEqualTo(401);
        assertThat(anonymous.post("/_defplorex/percentiles", PERCENTILES).status()).isEqualTo(401);
        assertThat(anonymous.get("/_defplorex/percentiles?index=" + INDEX).status()).isEqualTo(401);
        assertThat(anonymous.get("/_defplorex/jobs/" + jobOnIndex).status()).isEqualTo(401);
        assertThat(anonymous.get("/_defplorex/jobs").status()).isEqualTo(401);
        assertThat(anonymous.get("/_defplorex/transformers").status()).isEqualTo(401);
    }

    private static List<String> listedJobs(ItNode user) throws Exception {
        EsNode.Answer answer = user.get("/_defplorex/jobs?size=" + JobsAction.MAX_SIZE);
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        return ((List<Map<String, Object>>) answer.body().get("jobs")).stream()
                .map(job -> (String) job.get("job")).toList();
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
