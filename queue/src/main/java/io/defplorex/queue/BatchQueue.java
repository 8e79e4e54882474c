package io.defplorex.queue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XClaimParams;
import redis.clients.jedis.params.XPendingParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;
import redis.clients.jedis.resps.StreamPendingEntry;
import redis.clients.jedis.resps.StreamPendingSummary;

/**
 * The job queue on Redis: producers create jobs and push batches, workers take, renew and acknowledge them.
 * Delivery is at least once: a batch stays pending until acknowledged, and a batch whose lease ran out is
 * handed to the next worker that asks. Counting is exactly once, because acknowledging is atomic.
 * Thread-safe; one instance per process is enough. The protocol is described in docs/design.md.
 */
public final class BatchQueue implements AutoCloseable {

    private static final int FAILURES_SHOWN = 100;
    /** Owner of released batches in the pending list until a worker reclaims them. */
    private static final String RELEASED = "released";

    private final RedisClient redis;
    private final String address;
    private final QueueSettings settings;
    private final QueueKeys keys;
    private final Clock clock;

    private BatchQueue(RedisClient redis, String address, QueueSettings settings, Clock clock) {
        this.redis = redis;
        this.address = address;
        this.settings = settings;
        this.keys = new QueueKeys(settings.prefix());
        this.clock = clock;
    }

    /**
     * Connects and makes sure the stream and its consumer group exist.
     *
     * @throws IllegalArgumentException   when the URL is malformed
     * @throws QueueUnavailableException  when Redis cannot be reached
     */
    public static BatchQueue connect(String redisUrl, String prefix) {
        return connect(redisUrl, QueueSettings.defaults(prefix));
    }

    public static BatchQueue connect(String redisUrl, QueueSettings settings) {
        return connect(redisUrl, null, settings);
    }

    /**
     * Connects with {@code password} (from a secret store such as the Elasticsearch keystore), which takes the place
     * of a password in the URL; null keeps the URL's.
     */
    public static BatchQueue connect(String redisUrl, String password, QueueSettings settings) {
        RedisConnections.parse(redisUrl);
        String address = redisUrl.replaceAll("//[^@/]*@", "//***@");
        RedisClient redis = null;
        try {
            redis = RedisConnections.open(redisUrl, password);
            BatchQueue queue = new BatchQueue(redis, address, settings, Clock.systemUTC());
            queue.ensureGroup();
            return queue;
        } catch (JedisException | IllegalStateException e) {
            if (redis != null) {
                redis.close();
            }
            throw new QueueUnavailableException("connect", address, e);
        }
    }

    /** Registers a new job in state {@code enqueuing} and returns its ID. */
    public String createJob(JobSpec spec) {
        String job = JobIds.next(clock.instant());
        long now = clock.millis();
        return call("create job", () -> {
            redis.hset(keys.job(job), Map.of(
                    "index", spec.index(),
                    "transformers", String.join(",", spec.transformers()),
                    "query", spec.queryJson(),
                    "params", spec.paramsJson(),
                    "state", "enqueuing",
                    "created", Long.toString(now),
                    "documents", "0",
                    "batches", "0"));
            redis.zadd(keys.jobs(), now, job);
            return job;
        });
    }

    public void push(Batch batch) {
        call("push batch " + batch.seq() + " of job " + batch.job(),
                () -> redis.xadd(keys.batches(), StreamEntryID.NEW_ENTRY, BatchCodec.encode(batch)));
    }

    /** Every batch of the job is pushed: record the totals, so the job can finish. */
    public void markQueued(String job, long batches, long documents) {
        call("mark job " + job + " queued", () -> redis.eval(LuaScripts.MARK_QUEUED, List.of(keys.job(job)),
                List.of(Long.toString(batches), Long.toString(documents), Long.toString(clock.millis()))));
    }

    /** Enqueueing broke: the job says why; batches already pushed are still processed. */
    public void markFailed(String job, String reason) {
        call("mark job " + job + " failed", () -> redis.hset(keys.job(job), Map.of(
                "state", "failed", "error", reason, "finished", Long.toString(clock.millis()))));
    }

    /**
     * Hands a batch to {@code consumer}: first one whose lease ran out, else a new one, waiting up to {@code block}.
     * A batch delivered more than {@link QueueSettings#maxDeliveries()} times is dead-lettered instead: its
     * records are counted as failed with the reason, and the next batch is looked for.
     */
    public Optional<Delivery> take(String consumer, Duration block) {
        for (Delivery stale = reclaim(consumer); stale != null; stale = reclaim(consumer)) {
            if (stale.deliveries() <= settings.maxDeliveries()) {
                return Optional.of(started(stale));
            }
            deadLetter(stale);
        }
        return readNew(consumer, block).map(this::started);
    }

    /** Restarts the lease of a batch still being worked on, so no other worker takes it over. */
    public void renew(Delivery delivery, String consumer) {
        call("renew batch " + delivery.id(), () -> redis.xclaimJustId(keys.batches(), QueueKeys.GROUP, consumer, 0,
                XClaimParams.xClaimParams(), new StreamEntryID(delivery.id())));
    }

    /**
     * The batch's updates are written: count its records and drop it from the queue.
     *
     * @return false when another worker had already acknowledged it (its lease had run out): nothing is counted twice
     */
    public boolean ack(Delivery delivery, long done, List<Failure> failures) {
        return acknowledge(delivery, done, failures, "");
    }

    private boolean acknowledge(Delivery delivery, long done, List<Failure> failures, String deadEntry) {
        String job = delivery.batch().job();
        List<String> args = new ArrayList<>(List.of(QueueKeys.GROUP, delivery.id(), Long.toString(done),
                Long.toString(failures.size()), Long.toString(clock.millis()), deadEntry));
        for (Failure failure : failures) {
            args.add(failure.id() + "\t" + failure.reason().replace('\n', ' '));
        }
        Object acked = call("acknowledge batch " + delivery.id(), () -> redis.eval(LuaScripts.ACK,
                List.of(keys.batches(), keys.job(job), keys.failures(job), keys.dead(), keys.batchErrors()), args));
        return Long.valueOf(1).equals(acked);
    }

    /**
     * The batch failed as a whole (it could not be written, or the chain broke for every record): hand it back
     * so that any worker may take it again {@code retryAfter} from now. The attempt that was the
     * {@link QueueSettings#maxDeliveries()}th is dead-lettered at once instead.
     *
     * <p>The stream keeps no "not before" time, so the entry's idle time is set to {@code lease - retryAfter}:
     * reclaiming takes entries idle longer than the lease. A {@code retryAfter} longer than the lease counts as the
     * lease.
     *
     * @param reason why the attempt failed; a dead-lettered batch's records carry it
     * @return true when the batch was dead-lettered
     */
    public boolean release(Delivery delivery, Duration retryAfter, String reason) {
        String clean = reason.replace('\n', ' ').replace('\t', ' ');
        if (delivery.deliveries() >= settings.maxDeliveries()) {
            deadLetter(delivery, clean);
            return true;
        }
        long idle = Math.max(0, settings.lease().toMillis() - retryAfter.toMillis());
        call("release batch " + delivery.id(), () -> {
            redis.hset(keys.batchErrors(), delivery.id(), clean);
            return redis.xclaimJustId(keys.batches(), QueueKeys.GROUP, RELEASED, 0,
                    XClaimParams.xClaimParams().idle(idle), new StreamEntryID(delivery.id()));
        });
        return false;
    }

    /** Adds this worker's transformer names to the set the plugin checks enqueue requests against. */
    public void publishTransformers(Collection<String> names) {
        if (!names.isEmpty()) {
            call("publish transformers", () -> redis.sadd(keys.transformers(), names.toArray(String[]::new)));
        }
    }

    /** Batches in the stream that no worker holds yet (new ones, not counting those in hand or released). */
    public long waitingBatches() {
        return call("measure the queue", () -> {
            long length = redis.xlen(keys.batches());
            StreamPendingSummary pending = redis.xpending(keys.batches(), QueueKeys.GROUP);
            return Math.max(0, length - (pending == null ? 0 : pending.getTotal()));
        });
    }

    /**
     * Dead-lettered batches, oldest first: each entry is {@code job \t seq \t index \t reason}, then the record
     * IDs one a line.
     */
    public List<String> deadLetters(int limit) {
        return call("read dead letters", () -> redis.lrange(keys.dead(), 0, limit - 1));
    }

    public Optional<JobStatus> status(String job) {
        Map<String, String> hash = call("read job " + job, () -> redis.hgetAll(keys.job(job)));
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = call("read failures of job " + job,
                () -> redis.lrange(keys.failures(job), 0, FAILURES_SHOWN - 1));
        return Optional.of(JobStatusCodec.decode(job, hash, lines));
    }

    /** The transformer names workers published in {@code <prefix>:transformers}, empty when none did. */
    public Set<String> publishedTransformers() {
        return call("read published transformers", () -> redis.smembers(keys.transformers()));
    }

    /** IDs of the most recent jobs, newest first. */
    public List<String> recentJobs(int limit) {
        return call("list jobs", () -> redis.zrevrange(keys.jobs(), 0, limit - 1));
    }

    public QueueSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        redis.close();
    }

    private Delivery reclaim(String consumer) {
        Map.Entry<StreamEntryID, List<StreamEntry>> claimed = call("reclaim stale batches", () -> redis.xautoclaim(
                keys.batches(), QueueKeys.GROUP, consumer, settings.lease().toMillis(), new StreamEntryID(),
                XAutoClaimParams.xAutoClaimParams().count(1)));
        List<StreamEntry> entries = claimed == null ? List.of() : claimed.getValue();
        if (entries.isEmpty() || entries.getFirst().getFields() == null) {
            return null;
        }
        StreamEntry entry = entries.getFirst();
        return new Delivery(entry.getID().toString(), decode(entry), deliveries(entry.getID()));
    }

    private long deliveries(StreamEntryID id) {
        List<StreamPendingEntry> pending = call("read deliveries of batch " + id, () -> redis.xpending(
                keys.batches(), QueueKeys.GROUP, XPendingParams.xPendingParams(id, id, 1)));
        return pending.isEmpty() ? 1 : pending.getFirst().getDeliveredTimes();
    }

    private Optional<Delivery> readNew(String consumer, Duration block) {
        long blockMillis = Math.min(block.toMillis(), RedisConnections.MAX_BLOCK.toMillis());
        XReadGroupParams params = XReadGroupParams.xReadGroupParams().count(1);
        if (blockMillis > 0) {
            params.block((int) blockMillis);
        }
        List<Map.Entry<String, List<StreamEntry>>> read = call("read batches", () -> {
            try {
                return redis.xreadGroup(QueueKeys.GROUP, consumer, params,
                        Map.of(keys.batches(), StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
            } catch (JedisDataException e) {
                if (e.getMessage() == null || !e.getMessage().startsWith("NOGROUP")) {
                    throw e;
                }
                ensureGroup(); // the stream was deleted under us (an operator flushed the queue)
                return null;
            }
        });
        if (read == null || read.isEmpty() || read.getFirst().getValue().isEmpty()) {
            return Optional.empty();
        }
        StreamEntry entry = read.getFirst().getValue().getFirst();
        return Optional.of(new Delivery(entry.getID().toString(), decode(entry), 1));
    }

    private Batch decode(StreamEntry entry) {
        return BatchCodec.decode(entry.getID().toString(), entry.getFields());
    }

    private Delivery started(Delivery delivery) {
        call("mark job " + delivery.batch().job() + " started", () -> redis.eval(LuaScripts.MARK_STARTED,
                List.of(keys.job(delivery.batch().job())), List.of(Long.toString(clock.millis()))));
        return delivery;
    }

    private void deadLetter(Delivery delivery) {
        String last = call("read the last failure of batch " + delivery.id(),
                () -> redis.hget(keys.batchErrors(), delivery.id()));
        deadLetter(delivery, last != null ? last : "its worker crashed or hung each time");
    }

    private void deadLetter(Delivery delivery, String lastReason) {
        Batch batch = delivery.batch();
        String reason = "batch " + batch.seq() + " failed " + delivery.deliveries() + " times, dead-lettered; last: "
                + lastReason;
        List<Failure> failures = batch.ids().stream().map(id -> new Failure(id, reason)).toList();
        String entry = batch.job() + "\t" + batch.seq() + "\t" + batch.index() + "\t" + reason + "\n"
                + String.join("\n", batch.ids());
        acknowledge(delivery, 0, failures, entry);
    }

    private void ensureGroup() {
        try {
            redis.xgroupCreate(keys.batches(), QueueKeys.GROUP, new StreamEntryID(), true);
        } catch (JedisDataException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("BUSYGROUP")) {
                throw e;
            }
        }
    }

    private <T> T call(String action, Supplier<T> command) {
        try {
            return command.get();
        } catch (JedisException e) {
            throw new QueueUnavailableException(action, address, e);
        }
    }
}
