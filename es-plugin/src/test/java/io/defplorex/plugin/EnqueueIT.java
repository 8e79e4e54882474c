package io.defplorex.plugin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.resps.StreamEntry;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enqueues jobs on a real node and reads the batches back from the real Redis the node is configured with
 * ({@code dpx.it.redis}, key prefix {@code dpx.it.prefix}, default {@code defplorex}).
 */
@SuppressWarnings("unchecked")
class EnqueueIT {

    private static final String INDEX = "dpx-plugin-it-enqueue";
    private static final String PREFIX = System.getProperty("dpx.it.prefix", "defplorex");
    private static final EsNode ES = new EsNode();
    private static final List<String> JOBS = new ArrayList<>();
    private static final List<String> PUBLISHED = List.of("extract", "features", "tag");
    private static final List<String> ADDED = new ArrayList<>();
    private static Jedis redis;

    /** Publishes the transformers these tests use, as a worker would; only names not yet there are removed after. */
    @BeforeAll
    static void loadRecords() throws Exception {
        redis = new Jedis(URI.create(System.getProperty("dpx.it.redis", "redis://127.0.0.1:16379")));
        redis.ping();
        for (String name : PUBLISHED) {
            if (redis.sadd(PREFIX + ":transformers", name) == 1) {
                ADDED.add(name);
            }
        }
        ES.createRecords(INDEX, Records.eight());
    }

    /** Removes this class's batches, jobs and records so that no worker of another test picks them up. */
    @AfterAll
    static void deleteRecordsBatchesAndJobs() throws Exception {
        ES.delete("/" + INDEX);
        String stream = PREFIX + ":batches";
        for (StreamEntry entry : redis.xrange(stream, (StreamEntryID) null, (StreamEntryID) null)) {
            if (JOBS.contains(entry.getFields().get("job"))) {
                redis.xdel(stream, entry.getID());
            }
        }
        // The whole stream goes only when no worker is attached to it: a live fleet's consumer group must survive.
        if (redis.exists(stream) && redis.xlen(stream) == 0
                && redis.xinfoGroups(stream).stream().allMatch(group -> group.getConsumers() == 0)) {
            redis.del(stream);
        }
        for (String job : JOBS) {
            redis.del(PREFIX + ":job:" + job, PREFIX + ":job:" + job + ":failures");
            redis.zrem(PREFIX + ":jobs", job);
        }
        for (String name : ADDED) {
            redis.srem(PREFIX + ":transformers", name);
        }
        redis.close();
    }

    @Test
    void streamsEveryMatchingRecordIntoBatchesOfBatchSize() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/enqueue", """
                {"index": "%s", "transformers": ["extract", "features"], "batch_size": 3,
                 "params": {"timeout_s": 20}}""".formatted(INDEX));
        String job = job(answer);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("batches", 3).containsEntry("documents", 8);
        List<Map<String, String>> batches = batches(job);
        assertThat(batches).extracting(b -> b.get("seq")).containsExactly("0", "1", "2");
        assertThat(batches).extracting(b -> b.get("ids").split("\n").length).containsExactly(3, 3, 2);
        assertThat(batches).allSatisfy(batch -> assertThat(batch)
                .containsEntry("index", INDEX)
                .containsEntry("transformers", "extract,features")
                .containsEntry("params", "{\"timeout_s\":20}"));
        assertThat(batches.stream().flatMap(b -> Arrays.stream(b.get("ids").split("\n"))))
                .containsExactlyInAnyOrder("r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8");
    }

    @Test
    void jobStatusShowsTheQueuedJob() throws Exception {
        String job = job(ES.post("/_defplorex/enqueue",
                "{\"index\": \"" + INDEX + "\", \"transformers\": [\"tag\"], \"batch_size\": 5}"));

        EsNode.Answer status = ES.get("/_defplorex/jobs/" + job);

        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body()).containsEntry("job", job).containsEntry("index", INDEX)
                .containsEntry("transformers", List.of("tag")).containsEntry("state", "queued")
                .containsEntry("documents", 8).containsEntry("batches", 2)
                .containsEntry("done_documents", 0).containsEntry("failures", List.of());
        assertThat(((Number) status.body().get("created")).longValue()).isPositive();
    }

    @Test
    void queryNarrowsTheRecordsEnqueued() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/enqueue", "{\"index\": \"" + INDEX
                + "\", \"transformers\": [\"tag\"], \"query\": {\"term\": {\"attacker\": \"gamma\"}}}");
        String job = job(answer);

        assertThat(answer.body()).containsEntry("batches", 1).containsEntry("documents", 2);
        assertThat(batches(job)).extracting(b -> b.get("ids")).containsExactly("r6\nr7");
        assertThat(redis.hget(PREFIX + ":job:" + job, "query")).isEqualTo(
                "{\"term\":{\"attacker\":{\"value\":\"gamma\"}}}");
    }

    @Test
    void nothingMatchingGivesAnEmptyJobThatIsDoneAtOnce() throws Exception {
        EsNode.Answer answer = ES.post("/_defplorex/enqueue", "{\"index\": \"" + INDEX
                + "\", \"transformers\": [\"tag\"], \"query\": {\"term\": {\"attacker\": \"nobody\"}}}");
        String job = job(answer);

        assertThat(answer.body()).containsEntry("batches", 0).containsEntry("documents", 0);
        EsNode.Answer status = ES.get("/_defplorex/jobs/" + job);
        assertThat(status.body()).containsEntry("state", "done").containsEntry("batches", 0);
        assertThat(((Number) status.body().get("finished")).longValue()).isPositive();
    }

    @Test
    void dryRunCountsRecordsAndBatchesWithoutAJob() throws Exception {
        long jobsBefore = redis.zcard(PREFIX + ":jobs");

        EsNode.Answer answer = ES.post("/_defplorex/enqueue", """
                {"index": "%s", "transformers": ["tag"], "batch_size": 3, "dry_run": true,
                 "query": "attacker:(alpha OR beta)"}""".formatted(INDEX));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(Map.of("documents", 4, "batches", 2));
        assertThat(redis.zcard(PREFIX + ":jobs")).isEqualTo(jobsBefore);
    }

    @Test
    void jobsAreListedNewestFirstUpToSize() throws Exception {
        String older = job(ES.post("/_defplorex/enqueue",
                "{\"index\": \"" + INDEX + "\", \"transformers\": [\"tag\"]}"));
        Thread.sleep(5); // creation time orders the list
        String newer = job(ES.post("/_defplorex/enqueue",
                "{\"index\": \"" + INDEX + "\", \"transformers\": [\"tag\"], \"dry_run\": false}"));

        EsNode.Answer two = ES.get("/_defplorex/jobs?size=2");
        EsNode.Answer byDefault = ES.get("/_defplorex/jobs");

        assertThat(two.status()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) two.body().get("jobs")).extracting(j -> j.get("job"))
                .containsExactly(newer, older);
        assertThat((List<Map<String, Object>>) two.body().get("jobs")).first()
                .satisfies(j -> assertThat(j).containsEntry("state", "queued").containsEntry("documents", 8));
        assertThat((List<?>) byDefault.body().get("jobs")).hasSizeBetween(2, 20);
    }

    /** More records than one page of IDs (10,000), in batches that do not divide a page. */
    @Test
    void recordsBeyondOnePageOfIdsAreEachEnqueuedOnce() throws Exception {
        String index = INDEX + "-pages";
        List<Map.Entry<String, String>> records = new ArrayList<>();
        for (int i = 0; i < 10_005; i++) {
            records.add(Map.entry("p" + i, "{\"id\": \"p" + i + "\"}"));
        }
        ES.createRecords(index, records);
        try {
            EsNode.Answer answer = ES.post("/_defplorex/enqueue",
                    "{\"index\": \"" + index + "\", \"transformers\": [\"tag\"], \"batch_size\": 7}");

            assertThat(answer.body()).containsEntry("batches", 1430).containsEntry("documents", 10_005);
            List<Map<String, String>> batches = batches(job(answer));
            assertThat(batches).extracting(b -> Long.parseLong(b.get("seq")))
                    .containsExactlyElementsOf(LongStream.range(0, 1430).boxed().toList());
            List<String> ids = batches.stream().flatMap(b -> Arrays.stream(b.get("ids").split("\n"))).toList();
            assertThat(ids).hasSize(10_005).doesNotHaveDuplicates();
            assertThat(batches).extracting(b -> b.get("ids").split("\n").length)
                    .filteredOn(size -> size != 7).containsExactly(2);
        } finally {
            ES.delete("/" + index);
        }
    }

    @Test
    void publishedTransformersAreListedAndOthersRefused() throws Exception {
        EsNode.Answer published = ES.get("/_defplorex/transformers");
        EsNode.Answer unknown = ES.post("/_defplorex/enqueue",
                "{\"index\": \"" + INDEX + "\", \"transformers\": [\"tag\", \"paint\"]}");

        assertThat(published.status()).isEqualTo(200);
        assertThat((List<String>) published.body().get("transformers")).containsAll(PUBLISHED).isSorted();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.reason()).startsWith("[transformers] unknown transformer [paint]: the workers run [");
    }

    /**
     * Makes the batches stream unwritable for one call (a string in its place; the real stream is renamed aside and
     * back), so the push of the first batch fails after the job was created.
     */
    @Test
    void failureMidwayMarksTheJobFailedAndTheAnswerNamesIt() throws Exception {
        String stream = PREFIX + ":batches";
        String aside = stream + ":aside-" + INDEX;
        boolean existed = redis.exists(stream);
        EsNode.Answer answer;
        try {
            if (existed) {
                redis.rename(stream, aside);
            }
            redis.set(stream, "not a stream");
            answer = ES.post("/_defplorex/enqueue", "{\"index\": \"" + INDEX + "\", \"transformers\": [\"tag\"]}");
        } finally {
            redis.del(stream);
            if (existed) {
                redis.rename(aside, stream);
            }
        }

        assertThat(answer.status()).isEqualTo(503);
        Matcher named = Pattern.compile("job \\[(j[0-9a-z-]+)] failed while enqueueing after 0 batches"
                + " \\(0 records\\), and is marked failed: cannot push batch 0 of job \\1 on Redis at .*WRONGTYPE.*")
                .matcher(answer.reason());
        assertThat(named.matches()).as(answer.reason()).isTrue();
        JOBS.add(named.group(1));
        EsNode.Answer status = ES.get("/_defplorex/jobs/" + named.group(1));
        assertThat(status.body()).containsEntry("state", "failed");
        assertThat((String) status.body().get("error")).startsWith("cannot push batch 0 of job " + named.group(1));
    }

    @Test
    void unknownJobIsNotFound() throws Exception {
        EsNode.Answer answer = ES.get("/_defplorex/jobs/j20000101-000000-zzzzzz");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.reason()).isEqualTo(
                "job [j20000101-000000-zzzzzz] not found: it never existed or its Redis keys were deleted");
    }

    @Test
    void badInputIsRejectedNamingTheField() throws Exception {
        EsNode.Answer batchSize = ES.post("/_defplorex/enqueue",
                "{\"index\": \"" + INDEX + "\", \"transformers\": [\"tag\"], \"batch_size\": 0}");
        EsNode.Answer transformers = ES.post("/_defplorex/enqueue", "{\"index\": \"" + INDEX + "\"}");
        EsNode.Answer params = ES.post("/_defplorex/enqueue",
                "{\"index\": \"" + INDEX + "\", \"transformers\": [\"tag\"], \"params\": \"x\"}");
        EsNode.Answer noIndex = ES.post("/_defplorex/enqueue",
                "{\"index\": \"dpx-plugin-it-missing\", \"transformers\": [\"tag\"]}");
        EsNode.Answer badJob = ES.get("/_defplorex/jobs/j%20x");
        EsNode.Answer dryRun = ES.post("/_defplorex/enqueue",
                "{\"index\": \"" + INDEX + "\", \"transformers\": [\"tag\"], \"dry_run\": 1}");
        EsNode.Answer size = ES.get("/_defplorex/jobs?size=0");
        EsNode.Answer countQuery = ES.post("/_defplorex/enqueue",
                "{\"index\": \"" + INDEX + "\", \"transformers\": [\"tag\"], \"dry_run\": true, \"query\": \"a:(\"}");
        EsNode.Answer query = ES.post("/_defplorex/enqueue",
                "{\"index\": \"" + INDEX + "\", \"transformers\": [\"tag\"], \"query\": \"a:(\"}");

        assertThat(batchSize.status()).isEqualTo(400);
        assertThat(batchSize.reason()).isEqualTo("[batch_size] must be an integer between 1 and 10000, got [0]");
        assertThat(transformers.status()).isEqualTo(400);
        assertThat(transformers.reason()).isEqualTo("[transformers] is required");
        assertThat(params.status()).isEqualTo(400);
        assertThat(params.reason()).isEqualTo("[params] must be a JSON object, got [x]");
        assertThat(noIndex.status()).isEqualTo(404);
        assertThat(noIndex.reason()).isEqualTo("no such index [dpx-plugin-it-missing]");
        assertThat(badJob.status()).isEqualTo(400);
        assertThat(badJob.reason()).isEqualTo("[job] must be a job ID such as j20261203-171500-4fz1qa, got [j x]");
        assertThat(dryRun.status()).isEqualTo(400);
        assertThat(dryRun.reason()).isEqualTo("[dry_run] must be true or false, got [1]");
        assertThat(size.status()).isEqualTo(400);
        assertThat(size.reason()).isEqualTo("[size] must be an integer between 1 and 1000, got [0]");
        assertThat(countQuery.status()).isEqualTo(400);
        assertThat(countQuery.reason()).isEqualTo("[query] cannot be run: Failed to parse query [a:(]");
        assertThat(query.status()).isEqualTo(400);
        Matcher failed = Pattern.compile("\\[query] cannot be run: Failed to parse query \\[a:\\(]; "
                + "job \\[(j[0-9a-z-]+)] failed while enqueueing after 0 batches \\(0 records\\), "
                + "and is marked failed: .*").matcher(query.reason());
        assertThat(failed.matches()).as(query.reason()).isTrue();
        JOBS.add(failed.group(1));
    }

    private static String job(EsNode.Answer answer) {
        String job = (String) answer.body().get("job");
        assertThat(job).as("job of %s", answer).matches("j\\d{8}-\\d{6}-[0-9a-z]{6}");
        JOBS.add(job);
        return job;
    }

    /** The stream entries of {@code job}, in stream order. */
    private static List<Map<String, String>> batches(String job) {
        return redis.xrange(PREFIX + ":batches", (StreamEntryID) null, (StreamEntryID) null).stream()
                .map(StreamEntry::getFields)
                .filter(fields -> job.equals(fields.get("job")))
                .toList();
    }
}
