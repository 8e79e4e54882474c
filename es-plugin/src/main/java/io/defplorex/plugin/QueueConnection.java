package io.defplorex.plugin;

import io.defplorex.queue.BatchQueue;
import io.defplorex.queue.QueueSettings;
import io.defplorex.queue.QueueUnavailableException;
import org.elasticsearch.ElasticsearchStatusException;
import org.elasticsearch.action.ActionListener;
import org.elasticsearch.common.CheckedSupplier;
import org.elasticsearch.rest.RestStatus;

import java.io.Closeable;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The node's one connection to the Redis queue, opened on first use so that a node starts even while Redis is down.
 * Every queue call runs on the given executor, never on a network thread, and a Redis failure becomes a 503.
 */
final class QueueConnection implements Closeable {

    private final String redisUrl;
    private final String password;
    private final String prefix;
    private BatchQueue queue;
    private boolean closed;

    /** @param password the Redis password from the keystore, or null to use the URL's, if any */
    QueueConnection(String redisUrl, String password, String prefix) {
        this.redisUrl = redisUrl;
        this.password = password;
        this.prefix = prefix;
    }

    /** Runs {@code call} with the queue on {@code executor} and completes {@code listener} with its result. */
    <T> void run(Executor executor, ActionListener<T> listener, Function<BatchQueue, T> call) {
        execute(executor, listener, () -> call.apply(queue()));
    }

    /** Runs {@code call} on {@code executor}, turning a Redis failure into a 503 for {@code listener}. */
    static <T> void execute(Executor executor, ActionListener<T> listener, CheckedSupplier<T, Exception> call) {
        executor.execute(() -> {
            T result;
            try {
                result = call.get();
            } catch (Exception e) {
                listener.onFailure(unavailable(e));
                return;
            }
            listener.onResponse(result);
        });
    }

    /** Maps a queue failure to Elasticsearch's 503 error; other exceptions pass unchanged. */
    static Exception unavailable(Exception e) {
        if (e instanceof QueueUnavailableException) {
            return new ElasticsearchStatusException(e.getMessage(), RestStatus.SERVICE_UNAVAILABLE, e);
        }
        return e;
    }

    private synchronized BatchQueue queue() {
        if (closed) {
            throw new IllegalStateException("the DefPloreX queue connection is closed (node shutting down)");
        }
        if (queue == null) {
            queue = BatchQueue.connect(redisUrl, password, QueueSettings.defaults(prefix));
        }
        return queue;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (queue != null) {
            queue.close();
            queue = null;
        }
    }
}
