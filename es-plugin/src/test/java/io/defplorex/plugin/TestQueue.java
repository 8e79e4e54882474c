package io.defplorex.plugin;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.resps.StreamEntry;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The test stack's Redis ({@code dpx.it.redis}) under one key prefix, as an integration test uses it: publishes
 * transformers as a worker would, reads a job's batches, and removes what the test left (only its own jobs and the
 * transformer names it added), so that no worker of another test picks them up.
 */
final class TestQueue implements AutoCloseable {

    private final Jedis redis;
    private final String prefix;
    private final List<String> jobs = new ArrayList<>();
    private final List<String> added = new ArrayList<>();

    TestQueue(String prefix) {
        this.prefix = prefix;
        this.redis = new Jedis(URI.create(System.getProperty("dpx.it.redis", "redis://127.0.0.1:16379")));
        redis.ping();
    }

    void publish(String... transformers) {
        for (String name : transformers) {
            if (redis.sadd(prefix + ":transformers", name) == 1) {
                added.add(name);
            }
        }
    }

    /** Remembers a job for clean-up and answers it. */
    String track(String job) {
        jobs.add(job);
        return job;
    }

    /** The fields of each batch of {@code job} still in the stream, in stream order. */
    List<Map<String, String>> batches(String job) {
        return redis.xrange(prefix + ":batches", (StreamEntryID) null, (StreamEntryID) null).stream()
                .map(StreamEntry::getFields).filter(fields -> job.equals(fields.get("job"))).toList();
    }

    /** How many jobs {@code <prefix>:jobs} lists. */
    long jobCount() {
        return redis.zcard(prefix + ":jobs");
    }

    @Override
    public void close() {
        String stream = prefix + ":batches";
        for (StreamEntry entry : redis.xrange(stream, (StreamEntryID) null, (StreamEntryID) null)) {
            if (jobs.contains(entry.getFields().get("job"))) {
                redis.xdel(stream, entry.getID());
            }
        }
        for (String job : jobs) {
            redis.del(prefix + ":job:" + job, prefix + ":job:" + job + ":failures");
            redis.zrem(prefix + ":jobs", job);
        }
        for (String name : added) {
            redis.srem(prefix + ":transformers", name);
        }
        redis.close();
    }
}
