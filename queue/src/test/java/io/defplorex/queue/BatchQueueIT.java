package io.defplorex.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.RedisClient;

/** The queue protocol against a real Redis (system property {@code dpx.it.redis}). */
class BatchQueueIT {

    private static final String REDIS = System.getProperty("dpx.it.redis", "redis://127.0.0.1:16379");
    private static final Duration NO_WAIT = Duration.ZERO;

    private final String prefix = "it-queue-" + UUID.randomUUID().toString().substring(0, 8);
    private BatchQueue queue;

    @AfterEach
    void deleteKeys() {
        if (queue != null) {
            queue.close();
        }
        try (RedisClient redis = RedisConnections.open(REDIS)) {
            for (String key : redis.keys(prefix + ":*")) {
                redis.del(key);
            }
        }
    }

    @Test
    void jobCountsEveryRecordOnceAndFinishes() {
        queue = BatchQueue.connect(REDIS, prefix);
        String job = queue.createJob(new JobSpec("defacements", List.of("extract"), "{\"match_all\":{}}", null));
        queue.push(new Batch(job, 0, "defacements", List.of("extract"), "{}", List.of("a", "b")));
        queue.push(new Batch(job, 1, "defacements", List.of("extract"), "{}", List.of("c")));
        queue.markQueued(job, 2, 3);

        Delivery first = queue.take("w1", NO_WAIT).orElseThrow();
        queue.ack(first, 2, List.of());
        Delivery second = queue.take("w1", NO_WAIT).orElseThrow();
        queue.ack(second, 0, List.of(new Failure("c", "extract: page is empty")));

        JobStatus status = queue.status(job).orElseThrow();
        assertThat(first.batch().ids()).containsExactly("a", "b");
        assertThat(second.batch().ids()).containsExactly("c");
        assertThat(status.state()).isEqualTo("done");
        assertThat(status.doneDocuments()).isEqualTo(2);
        assertThat(status.failedDocuments()).isEqualTo(1);
        assertThat(status.doneBatches()).isEqualTo(2);
        assertThat(status.failures()).containsExactly(new Failure("c", "extract: page is empty"));
        assertThat(status.started()).isPositive();
        assertThat(status.finished()).isGreaterThanOrEqualTo(status.started());
        assertThat(queue.take("w1", NO_WAIT)).isEmpty();
    }

    @Test
    void jobFinishesWhenWorkersAreDoneBeforeEnqueueingEnds() {
        queue = BatchQueue.connect(REDIS, prefix);
        String job = queue.createJob(new JobSpec("i", List.of("tag"), null, null));
        queue.push(new Batch(job, 0, "i", List.of("tag"), "{}", List.of("a")));

        queue.ack(queue.take("w1", NO_WAIT).orElseThrow(), 1, List.of());
        String stateBefore = queue.status(job).orElseThrow().state();
        queue.markQueued(job, 1, 1);

        assertThat(stateBefore).isEqualTo("enqueuing");
        assertThat(queue.status(job).orElseThrow().state()).isEqualTo("done");
    }

    @Test
    void batchOfAWorkerThatDiedIsTakenOverAndCountedOnce() throws InterruptedException {
        queue = BatchQueue.connect(REDIS, new QueueSettings(prefix, Duration.ofMillis(500), 3));
        String job = queue.createJob(new JobSpec("i", List.of("tag"), null, null));
        queue.push(new Batch(job, 0, "i", List.of("tag"), "{}", List.of("a", "b")));
        queue.markQueued(job, 1, 2);

        Delivery taken = queue.take("dies", NO_WAIT).orElseThrow();
        Optional<Delivery> beforeLeaseEnds = queue.take("survivor", NO_WAIT);
        Thread.sleep(700);
        Delivery takenOver = queue.take("survivor", NO_WAIT).orElseThrow();
        boolean lateAck = queue.ack(taken, 2, List.of());
        boolean secondAck = queue.ack(takenOver, 2, List.of());

        assertThat(beforeLeaseEnds).isEmpty();
        assertThat(takenOver.id()).isEqualTo(taken.id());
        assertThat(takenOver.deliveries()).isEqualTo(2);
        assertThat(lateAck).isTrue();
        assertThat(secondAck).isFalse();
        assertThat(queue.status(job).orElseThrow().doneDocuments()).isEqualTo(2);
    }

    @Test
    void renewedBatchIsNotTakenOver() throws InterruptedException {
        queue = BatchQueue.connect(REDIS, new QueueSettings(prefix, Duration.ofMillis(600), 3));
        String job = queue.createJob(new JobSpec("i", List.of("tag"), null, null));
        queue.push(new Batch(job, 0, "i", List.of("tag"), "{}", List.of("a")));

        Delivery taken = queue.take("slow", NO_WAIT).orElseThrow();
        Thread.sleep(400);
        queue.renew(taken, "slow");
        Thread.sleep(400);

        assertThat(queue.take("other", NO_WAIT)).isEmpty();
    }

    @Test
    void batchHandedOutTooOftenIsDeadLetteredWithItsRecordIds() throws InterruptedException {
        queue = BatchQueue.connect(REDIS, new QueueSettings(prefix, Duration.ofMillis(300), 1));
        String job = queue.createJob(new JobSpec("i", List.of("tag"), null, null));
        queue.push(new Batch(job, 0, "i", List.of("tag"), "{}", List.of("a", "b")));
        queue.markQueued(job, 1, 2);

        queue.take("dies", NO_WAIT).orElseThrow();
        Thread.sleep(450);
        Optional<Delivery> next = queue.take("other", NO_WAIT);

        JobStatus status = queue.status(job).orElseThrow();
        assertThat(next).isEmpty();
        assertThat(status.state()).isEqualTo("done");
        assertThat(status.failedDocuments()).isEqualTo(2);
        assertThat(status.failures()).extracting(Failure::id).containsExactly("a", "b");
        assertThat(status.failures().getFirst().reason())
                .isEqualTo("batch 0 failed 2 times, dead-lettered; last: its worker crashed or hung each time");
        assertThat(queue.deadLetters(10)).containsExactly("%s\t0\ti\t%s\na\nb".formatted(job,
                "batch 0 failed 2 times, dead-lettered; last: its worker crashed or hung each time"));
    }

    @Test
    void releasedBatchComesBackAfterItsRetryDelayOnly() throws InterruptedException {
        queue = BatchQueue.connect(REDIS, new QueueSettings(prefix, Duration.ofSeconds(60), 3));
        String job = queue.createJob(new JobSpec("i", List.of("tag"), null, null));
        queue.push(new Batch(job, 0, "i", List.of("tag"), "{}", List.of("a")));

        Delivery first = queue.take("w1", NO_WAIT).orElseThrow();
        boolean dead = queue.release(first, Duration.ofMillis(500), "store: node down");
        Optional<Delivery> tooEarly = queue.take("w2", NO_WAIT);
        Thread.sleep(700);
        Delivery retried = queue.take("w2", NO_WAIT).orElseThrow();

        assertThat(dead).isFalse();
        assertThat(tooEarly).isEmpty();
        assertThat(retried.id()).isEqualTo(first.id());
        assertThat(retried.deliveries()).isEqualTo(2);
    }

    @Test
    void batchFailingThreeTimesIsDeadLetteredWithTheLastReason() throws InterruptedException {
        queue = BatchQueue.connect(REDIS, new QueueSettings(prefix, Duration.ofSeconds(60), 3));
        String job = queue.createJob(new JobSpec("i", List.of("tag"), null, null));
        queue.push(new Batch(job, 4, "i", List.of("tag"), "{}", List.of("a", "b")));
        queue.markQueued(job, 1, 2);

        List<Boolean> dead = new java.util.ArrayList<>();
        for (int attempt = 1; attempt <= 3; attempt++) {
            Delivery d = queue.take("w", NO_WAIT).orElseThrow();
            assertThat(d.deliveries()).isEqualTo(attempt);
            dead.add(queue.release(d, Duration.ZERO, "store: cannot write (attempt " + attempt + ")"));
            Thread.sleep(20);
        }

        JobStatus status = queue.status(job).orElseThrow();
        String reason = "batch 4 failed 3 times, dead-lettered; last: store: cannot write (attempt 3)";
        assertThat(dead).containsExactly(false, false, true);
        assertThat(queue.take("w", NO_WAIT)).isEmpty();
        assertThat(status.state()).isEqualTo("done");
        assertThat(status.failedDocuments()).isEqualTo(2);
        assertThat(status.failures()).containsExactly(new Failure("a", reason), new Failure("b", reason));
        assertThat(queue.deadLetters(10)).containsExactly(job + "\t4\ti\t" + reason + "\na\nb");
    }

    @Test
    void publishedTransformersAreTheUnionOfEveryWorker() {
        queue = BatchQueue.connect(REDIS, prefix);

        queue.publishTransformers(List.of("extract", "features"));
        queue.publishTransformers(List.of("features", "render"));

        assertThat(queue.publishedTransformers()).containsExactlyInAnyOrder("extract", "features", "render");
    }

    @Test
    void waitingBatchesCountsOnlyBatchesNoWorkerHolds() {
        queue = BatchQueue.connect(REDIS, prefix);
        String job = queue.createJob(new JobSpec("i", List.of("tag"), null, null));
        for (int seq = 0; seq < 3; seq++) {
            queue.push(new Batch(job, seq, "i", List.of("tag"), "{}", List.of("r" + seq)));
        }

        long before = queue.waitingBatches();
        queue.take("w", NO_WAIT).orElseThrow();

        assertThat(before).isEqualTo(3);
        assertThat(queue.waitingBatches()).isEqualTo(2);
    }

    @Test
    void deadRedisIsReportedWithItsAddress() {
        assertThatThrownBy(() -> BatchQueue.connect("redis://127.0.0.1:1", prefix))
                .isInstanceOf(QueueUnavailableException.class)
                .hasMessageStartingWith("cannot connect on Redis at redis://127.0.0.1:1: ");
    }

    @Test
    void malformedUrlIsRejectedBeforeConnecting() {
        assertThatThrownBy(() -> BatchQueue.connect("http://127.0.0.1:6379", prefix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Redis URL [http://127.0.0.1:6379] must look like redis://host:port");
    }
}
