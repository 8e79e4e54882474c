package io.defplorex.worker.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.defplorex.queue.Batch;
import io.defplorex.queue.BatchQueue;
import io.defplorex.queue.JobSpec;
import io.defplorex.queue.JobStatus;
import io.defplorex.worker.it.ItEnv;
import io.defplorex.worker.it.ItLeftovers;
import io.defplorex.worker.store.Elasticsearch;
import io.defplorex.worker.store.EsThresholdSource;
import io.defplorex.worker.transform.Transformers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fleet grows with the queue and shrinks back when idle, against real Elasticsearch and Redis. */
class AutoscaleIT {

    private static final String INDEX = ItEnv.unique("it-autoscale");
    private static final String PREFIX = ItEnv.unique("itautoscale");
    private static final List<String> CHAIN = List.of("slow-count");

    @AfterEach
    void cleanUp() throws Exception {
        ItLeftovers.deleteIndices(INDEX);
        ItLeftovers.deleteQueue(PREFIX);
    }

    @Test
    void growsToMaxWhileBatchesWaitThenShrinksToMinWhenIdle() throws Exception {
        try (Elasticsearch es = Elasticsearch.connect(ItEnv.es());
             BatchQueue queue = BatchQueue.connect(ItEnv.redis(), PREFIX)) {
            String job = queue.createJob(new JobSpec(INDEX, CHAIN, "{}", "{}"));
            for (int seq = 0; seq < 8; seq++) {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    String id = "r" + seq + "-" + i;
                    es.client().index(x -> x.index(INDEX).id(id).document(Map.of("id", id)));
                    ids.add(id);
                }
                queue.push(new Batch(job, seq, INDEX, CHAIN, "{}", ids));
            }
            es.client().indices().refresh(r -> r.index(INDEX));
            queue.markQueued(job, 8, 32);

            Fleet fleet = new Fleet(queue, es, Transformers.standard().register(new SlowCountTransformer()),
                    new EsThresholdSource(es), new Fleet.Options(1, 3, null, Duration.ofSeconds(10),
                    Duration.ofMinutes(1), "autoscale", Duration.ofSeconds(30), Duration.ofSeconds(1)));
            fleet.start();
            int atStart = fleet.threads();
            await().atMost(Duration.ofSeconds(20)).until(() -> fleet.threads() == 3);
            await().atMost(Duration.ofSeconds(90)).until(() -> queue.status(job).orElseThrow().isFinished());
            await().atMost(Duration.ofSeconds(30)).until(() -> fleet.threads() == 1);
            fleet.stop();

            JobStatus status = queue.status(job).orElseThrow();
            assertThat(atStart).isEqualTo(1);
            assertThat(status.doneDocuments()).isEqualTo(32);
            assertThat(status.failedDocuments()).isZero();
            assertThat(fleet.threads()).isZero();
        }
    }
}
