package io.defplorex.worker.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.defplorex.queue.Batch;
import io.defplorex.queue.BatchQueue;
import io.defplorex.queue.JobSpec;
import io.defplorex.queue.JobStatus;
import io.defplorex.queue.QueueSettings;
import io.defplorex.worker.it.ItEnv;
import io.defplorex.worker.it.ItLeftovers;
import io.defplorex.worker.store.Elasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * A worker process (its own JVM, the real {@code worker} command) is killed with SIGKILL in the middle of a batch;
 * a second process finishes the job. Exactly once is proven by the records themselves: the test transformer writes
 * {@code runs} = stored value + 1, so a record processed twice would show 2 and one never processed would have no
 * {@code runs}; the job's counters, counted by an atomic acknowledgement, must add up to the records.
 */
class WorkerKilledIT {

    private static final String INDEX = ItEnv.unique("it-killed");
    private static final String PREFIX = ItEnv.unique("itkilled");
    private static final int RECORDS = 30;
    private static final List<String> CHAIN = List.of("slow-count", "tag");

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        processes.forEach(Process::destroyForcibly);
        ItLeftovers.deleteIndices(INDEX);
        ItLeftovers.deleteQueue(PREFIX);
    }

    @Test
    void batchOfAKilledWorkerProcessIsFinishedByAnotherAndEveryRecordIsProcessedOnce() throws Exception {
        try (Elasticsearch es = Elasticsearch.connect(ItEnv.es());
             BatchQueue queue = BatchQueue.connect(ItEnv.redis(), QueueSettings.defaults(PREFIX));
             RedisClient redis = RedisClient.create(URI.create(ItEnv.redis()))) {
            ElasticsearchClient client = es.client();
            for (int i = 0; i < RECORDS; i++) {
                String id = "r" + i;
                client.index(x -> x.index(INDEX).id(id).document(Map.of("id", id, "status", "ingested")));
            }
            client.indices().refresh(r -> r.index(INDEX));
            String job = queue.createJob(new JobSpec(INDEX, CHAIN, "{}", "{\"tag\":\"killed\"}"));
            for (int seq = 0; seq < 3; seq++) {
                List<String> ids = new ArrayList<>();
                for (int i = seq * 10; i < seq * 10 + 10; i++) {
                    ids.add("r" + i);
                }
                queue.push(new Batch(job, seq, INDEX, CHAIN, "{\"tag\":\"killed\"}", ids));
            }
            queue.markQueued(job, 3, RECORDS);

            Process first = worker("first");
            await().atMost(Duration.ofSeconds(60)).until(() -> redis.xpending(PREFIX + ":batches", "workers")
                    .getTotal() == 1);
            Thread.sleep(1000); // 1 s into a batch of 10 × 300 ms: in the chain, before its bulk write
            first.destroyForcibly().waitFor();
            client.indices().refresh(r -> r.index(INDEX));
            long writtenBeforeKill = client.count(c -> c.index(INDEX).query(q -> q.exists(e -> e.field("runs"))))
                    .count();
            JobStatus atKill = queue.status(job).orElseThrow();

            Process second = worker("second");
            await().atMost(Duration.ofSeconds(120)).until(() -> queue.status(job).orElseThrow().isFinished());
            second.destroy();
            second.waitFor();
            client.indices().refresh(r -> r.index(INDEX));
            JobStatus status = queue.status(job).orElseThrow();
            SearchResponse<Map> records = client.search(s -> s.index(INDEX).size(RECORDS + 10)
                    .query(q -> q.matchAll(m -> m)), Map.class);

            assertThat(writtenBeforeKill).isZero();
            assertThat(atKill.doneBatches()).isZero();
            assertThat(status.state()).isEqualTo("done");
            assertThat(status.doneDocuments()).isEqualTo(RECORDS);
            assertThat(status.failedDocuments()).isZero();
            assertThat(status.doneBatches()).isEqualTo(3);
            assertThat(records.hits().hits()).hasSize(RECORDS);
            for (var hit : records.hits().hits()) {
                Map<?, ?> record = hit.source();
                assertThat(record.get("runs")).as("runs of " + hit.id()).isEqualTo(1);
                assertThat(record.get("status")).as("status of " + hit.id()).isEqualTo("ok");
                assertThat(record.get("tags")).as("tags of " + hit.id()).isEqualTo(List.of("killed"));
                assertThat(record.get("job")).isEqualTo(job);
            }
        }
    }

    @Test
    void sigtermLetsTheWorkerProcessFinishAndAcknowledgeItsBatchBeforeExiting() throws Exception {
        try (Elasticsearch es = Elasticsearch.connect(ItEnv.es());
             BatchQueue queue = BatchQueue.connect(ItEnv.redis(), QueueSettings.defaults(PREFIX));
             RedisClient redis = RedisClient.create(URI.create(ItEnv.redis()))) {
            ElasticsearchClient client = es.client();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String id = "t" + i;
                client.index(x -> x.index(INDEX).id(id).document(Map.of("id", id, "status", "ingested")));
                ids.add(id);
            }
            client.indices().refresh(r -> r.index(INDEX));
            String job = queue.createJob(new JobSpec(INDEX, CHAIN, "{}", "{\"tag\":\"stopped\"}"));
            queue.push(new Batch(job, 0, INDEX, CHAIN, "{\"tag\":\"stopped\"}", ids));
            queue.markQueued(job, 1, 10);

            Process worker = worker("sigterm");
            await().atMost(Duration.ofSeconds(60)).until(() -> redis.xpending(PREFIX + ":batches", "workers")
                    .getTotal() == 1);
            Thread.sleep(1000); // in the middle of 10 × 300 ms
            worker.destroy(); // SIGTERM
            boolean ended = worker.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            JobStatus status = queue.status(job).orElseThrow();
            client.indices().refresh(r -> r.index(INDEX));
            long runOnce = client.count(c -> c.index(INDEX).query(q -> q.term(t -> t.field("runs").value(1))))
                    .count();

            assertThat(ended).isTrue();
            assertThat(worker.exitValue()).isEqualTo(143); // 128 + SIGTERM, after the shutdown hook returned
            assertThat(status.state()).isEqualTo("done");
            assertThat(status.doneDocuments()).isEqualTo(10);
            assertThat(runOnce).isEqualTo(10);
        }
    }

    /** The real worker command in a new JVM, with a 4 s lease so the second process takes the batch over soon. */
    private Process worker(String name) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
                "io.defplorex.worker.cli.DefploreCommand", "worker", "--es", ItEnv.es(), "--redis", ItEnv.redis(),
                "--prefix", PREFIX, "--concurrency", "1", "--lease", "4", "--exit-when-idle", "60",
                "--transformer-class", SlowCountTransformer.class.getName());
        File log = new File("target/worker-killed-it-" + name + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        processes.add(p);
        return p;
    }
}
