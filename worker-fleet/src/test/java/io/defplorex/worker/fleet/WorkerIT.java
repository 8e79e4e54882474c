package io.defplorex.worker.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.defplorex.queue.Batch;
import io.defplorex.queue.BatchQueue;
import io.defplorex.queue.Delivery;
import io.defplorex.queue.JobSpec;
import io.defplorex.queue.JobStatus;
import io.defplorex.queue.QueueSettings;
import io.defplorex.worker.ingest.FeedReader;
import io.defplorex.worker.ingest.Ingester;
import io.defplorex.worker.it.ItEnv;
import io.defplorex.worker.it.ItLeftovers;
import io.defplorex.worker.store.Elasticsearch;
import io.defplorex.worker.store.EsThresholdSource;
import io.defplorex.worker.store.RecordStore;
import io.defplorex.worker.transform.Transformers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the fleet in-process against real Elasticsearch and Redis, with batches pushed straight into the queue. */
class WorkerIT {

    private static final String INDEX = ItEnv.unique("it-worker");
    private static final String THRESHOLDS = INDEX + "-thresholds";
    private static final String PREFIX = ItEnv.unique("itworker");
    private static final List<String> CHAIN = List.of("extract", "features", "quantize", "tag");

    private static Elasticsearch es;
    private static ElasticsearchClient client;

    @BeforeAll
    static void loadCorpus() throws Exception {
        es = Elasticsearch.connect(ItEnv.es());
        client = es.client();
        new Ingester(new RecordStore(es, INDEX), new FeedReader(ItEnv.corpus(), FeedReader.DEFAULT_MAX_PAGE_BYTES))
                .ingest(ItEnv.corpus().resolve("feed.csv"), r -> { });
        client.index(i -> i.index(INDEX).id("no-mirror").document(Map.of("id", "no-mirror", "status", "ingested")));
        client.indices().create(c -> c.index(THRESHOLDS).mappings(m -> m.properties("index", p -> p.keyword(k -> k))
                .properties("version", p -> p.integer(n -> n))));
        client.index(i -> i.index(THRESHOLDS).id(INDEX + ":1").refresh(Refresh.True).document(Map.of(
                "index", INDEX, "version", 1, "documents", 303, "percents", List.of(25, 50, 75),
                "thresholds", Map.of("n_img", List.of(0.0, 1.0, 2.0), "n_meta", List.of(5.0, 10.0, 20.0),
                        "n_script", List.of(1.0, 1.0, 1.0), "n_urls", List.of(1.0, 2.0, 4.0)))));
        client.indices().refresh(r -> r.index(INDEX));
    }

    @AfterAll
    static void cleanUp() throws Exception {
        client.indices().delete(d -> d.index(INDEX, THRESHOLDS).ignoreUnavailable(true));
        es.close();
        ItLeftovers.deleteQueue(PREFIX);
    }

    private static Fleet fleet(BatchQueue queue, int threads) {
        return fleet(queue, es, threads, Duration.ofMinutes(10), "it");
    }

    /** A fleet that exits after 3 s without a batch; 15 s for the named ones, which wait for a lease to run out. */
    private static Fleet fleet(BatchQueue queue, Elasticsearch store, int threads, Duration maxHold, String name) {
        return new Fleet(queue, store, Transformers.standard(), new EsThresholdSource(store, THRESHOLDS),
                new Fleet.Options(threads, Duration.ofSeconds(name.equals("it") ? 3 : 15), Duration.ofMillis(500),
                        maxHold, name));
    }

    private static String job(BatchQueue queue, List<List<String>> batches, String params) {
        String job = queue.createJob(new JobSpec(INDEX, CHAIN, "{}", params));
        long seq = 0;
        long documents = 0;
        for (List<String> ids : batches) {
            queue.push(new Batch(job, seq++, INDEX, CHAIN, params, ids));
            documents += ids.size();
        }
        queue.markQueued(job, batches.size(), documents);
        return job;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> record(String id) throws Exception {
        return client.get(g -> g.index(INDEX).id(id).sourceExcludes("mirror"), Map.class).source();
    }

    @Test
    @SuppressWarnings("unchecked")
    void processesBatchesAndLeavesTheExpectedFields() throws Exception {
        try (BatchQueue queue = BatchQueue.connect(ItEnv.redis(), PREFIX)) {
            String job = job(queue, List.of(List.of("dpx-00001", "dpx-00174", "no-mirror"),
                    List.of("dpx-00220", "missing-id")), "{\"tag\":\"it-run\"}");

            Fleet fleet = fleet(queue, 2);
            fleet.start();
            fleet.await();

            JobStatus status = queue.status(job).orElseThrow();
            assertThat(status.state()).isEqualTo("done");
            assertThat(status.doneDocuments()).isEqualTo(3);
            assertThat(status.failedDocuments()).isEqualTo(2);
            assertThat(status.failures()).extracting(f -> f.id() + " " + f.reason()).containsExactlyInAnyOrder(
                    "no-mirror extract: record has no mirror.html",
                    "missing-id record not found in index " + INDEX);

            Map<String, Object> r1 = record("dpx-00001");
            assertThat(r1).containsEntry("status", "ok").containsEntry("job", job)
                    .containsEntry("tags", List.of("it-run")).containsEntry("thresholds_version", 1)
                    .containsKey("processed_at");
            assertThat(r1.get("error")).isNull(); // cleared: an ok record carries no stale error
            // n_img 1 -> bin 1 (above 0 only), n_meta 11 -> 2, n_script 1 -> 0, n_urls 5 -> 3
            assertThat(r1.get("bins")).isEqualTo(Map.of("n_img", 1, "n_meta", 2, "n_script", 0, "n_urls", 3));
            Map<String, Object> features = (Map<String, Object>) r1.get("features");
            assertThat(features).containsEntry("n_meta", 11.0).containsEntry("n_resource", 5.0)
                    .containsEntry("avg_color", "#c0b897");
            assertThat(((Map<String, Object>) r1.get("extract")).get("title")).isEqualTo("Touched By SedihCrew -");

            Map<String, Object> broken = record("no-mirror");
            assertThat(broken).containsEntry("status", "error").containsEntry("job", job)
                    .containsEntry("error", "extract: record has no mirror.html").doesNotContainKey("features");
            assertThat(record("dpx-00002")).containsEntry("status", "ingested");
        }
    }

    @Test
    void aBatchThatCannotBeReadOrWrittenIsRetriedThenDeadLetteredWithItsRecordIds() throws Exception {
        QueueSettings settings = new QueueSettings(PREFIX + "-dead", Duration.ofSeconds(30), 3);
        try (BatchQueue queue = BatchQueue.connect(ItEnv.redis(), settings);
             Elasticsearch down = Elasticsearch.connect("http://127.0.0.1:1")) {
            String job = job(queue, List.of(List.of("dpx-00001", "dpx-00002")), "{}");

            Fleet fleet = new Fleet(queue, down, Transformers.standard(), new EsThresholdSource(down, THRESHOLDS),
                    new Fleet.Options(1, 1, Duration.ofSeconds(20), Duration.ofMillis(500), Duration.ofMinutes(1),
                            "retrying", Duration.ofMillis(200), Duration.ofSeconds(30)));
            fleet.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> queue.status(job).orElseThrow().isFinished());
            fleet.stop();

            JobStatus status = queue.status(job).orElseThrow();
            assertThat(status.state()).isEqualTo("done");
            assertThat(status.doneDocuments()).isZero();
            assertThat(status.failedDocuments()).isEqualTo(2);
            assertThat(status.failures()).extracting(f -> f.id()).containsExactly("dpx-00001", "dpx-00002");
            assertThat(status.failures().getFirst().reason())
                    .startsWith("batch 0 failed 3 times, dead-lettered; last: ");
            assertThat(queue.deadLetters(10)).hasSize(1).first().asString()
                    .startsWith(job + "\t0\t" + INDEX + "\tbatch 0 failed 3 times").endsWith("\ndpx-00001\ndpx-00002");
            assertThat(record("dpx-00002")).containsEntry("status", "ingested"); // nothing half-written
        }
    }

    @Test
    void aBatchLeftByADeadWorkerIsTakenOverAndProcessed() throws Exception {
        QueueSettings shortLease = new QueueSettings(PREFIX + "-lease", Duration.ofSeconds(2), 3);
        try (BatchQueue queue = BatchQueue.connect(ItEnv.redis(), shortLease)) {
            String job = job(queue, List.of(List.of("dpx-00177", "dpx-00014")), "{\"tag\":\"taken-over\"}");
            // a worker takes the batch and dies before acknowledging it
            Optional<Delivery> dead = queue.take("dead-worker", Duration.ofSeconds(1));
            assertThat(dead).isPresent();

            Fleet fleet = fleet(queue, 1);
            fleet.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> queue.status(job).orElseThrow().isFinished());
            fleet.stop();

            JobStatus status = queue.status(job).orElseThrow();
            assertThat(status.state()).isEqualTo("done");
            assertThat(status.doneDocuments()).isEqualTo(2);
            assertThat(status.failedDocuments()).isZero();
            assertThat(record("dpx-00177")).containsEntry("status", "ok").containsEntry("tags", List.of("taken-over"));
            assertThat(record("dpx-00014")).containsEntry("status", "ok").containsEntry("job", job);
            // the dead worker's late acknowledgement counts nothing twice
            assertThat(queue.ack(dead.get(), 2, new ArrayList<>())).isFalse();
        }
    }

    @Test
    void aWorkerThreadThatHangsGivesUpItsBatchAndAnotherFinishesIt() throws Exception {
        QueueSettings shortLease = new QueueSettings(PREFIX + "-hang", Duration.ofSeconds(2), 3);
        try (BatchQueue queue = BatchQueue.connect(ItEnv.redis(), shortLease);
             BlackHole hole = new BlackHole();
             Elasticsearch unanswering = Elasticsearch.connect("http://127.0.0.1:" + hole.port())) {
            String job = job(queue, List.of(List.of("dpx-00003", "dpx-00004")), "{\"tag\":\"after-hang\"}");
            Fleet hung = fleet(queue, unanswering, 1, Duration.ofSeconds(1), "hung");
            hung.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> hole.connections() > 0); // stuck in its mget

            Fleet rescuer = fleet(queue, es, 1, Duration.ofMinutes(10), "rescuer");
            rescuer.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> queue.status(job).orElseThrow().isFinished());
            hole.close(); // the hung thread's request fails now: it must not acknowledge
            hung.stop();
            rescuer.stop();

            JobStatus status = queue.status(job).orElseThrow();
            assertThat(status.doneDocuments()).isEqualTo(2);
            assertThat(status.doneBatches()).isEqualTo(1);
            assertThat(record("dpx-00003")).containsEntry("status", "ok").containsEntry("tags", List.of("after-hang"));
        }
    }

    /** A TCP server that accepts connections and never answers, like a node that hangs. */
    private static final class BlackHole implements AutoCloseable {

        private final java.net.ServerSocket server = new java.net.ServerSocket(0);
        private final List<java.net.Socket> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();

        BlackHole() throws java.io.IOException {
            Thread t = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        accepted.add(server.accept());
                    } catch (java.io.IOException e) {
                        return;
                    }
                }
            }, "black-hole");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return server.getLocalPort();
        }

        int connections() {
            return accepted.size();
        }

        @Override
        public void close() throws java.io.IOException {
            server.close();
            for (java.net.Socket s : accepted) {
                s.close();
            }
        }
    }
}
