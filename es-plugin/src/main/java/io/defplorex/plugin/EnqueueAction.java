package io.defplorex.plugin;

import io.defplorex.queue.Batch;
import io.defplorex.queue.JobSpec;
import org.elasticsearch.ElasticsearchStatusException;
import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.search.SearchRequest;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.logging.LogManager;
import org.elasticsearch.logging.Logger;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.rest.action.RestToXContentListener;
import org.elasticsearch.search.builder.SearchSourceBuilder;
import org.elasticsearch.xcontent.ToXContentObject;
import org.elasticsearch.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;

import static org.elasticsearch.rest.RestRequest.Method.POST;

/**
 * {@code POST _defplorex/enqueue}: checks the transformers against those the workers published, creates a job,
 * streams the IDs of the matching records into batches on the Redis queue page by page, then marks the job queued.
 * If anything breaks midway the job is marked failed with the reason, and the 503 answer names the job.
 * A dry run only counts the records and batches.
 */
public class EnqueueAction extends BaseRestHandler {

    private static final Logger LOG = LogManager.getLogger(EnqueueAction.class);

    private final QueueConnection queue;
    private final int defaultBatchSize;

    EnqueueAction(QueueConnection queue, int defaultBatchSize) {
        this.queue = queue;
        this.defaultBatchSize = defaultBatchSize;
    }

    @Override
    public String getName() {
        return "defplorex_enqueue_action";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(POST, "/_defplorex/enqueue"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) throws IOException {
        EnqueueRequest enqueue = RestBodies.parse(request, parser -> EnqueueRequest.parse(parser, defaultBatchSize));
        Executor redis = client.threadPool().generic();
        return channel -> {
            ActionListener<ToXContentObject> answer = QueryFailures.named(enqueue.query(),
                    new RestToXContentListener<>(channel));
            queue.run(redis, answer.delegateFailureAndWrap((listener, published) -> {
                checkTransformers(enqueue.transformers(), published);
                if (enqueue.dryRun()) {
                    count(client, enqueue, listener);
                } else {
                    enqueue(client, enqueue, redis, listener);
                }
            }), q -> q.publishedTransformers());
        };
    }

    /** Refuses a transformer no worker has published (docs/design.md, "Published transformers"). */
    static void checkTransformers(List<String> transformers, Set<String> published) {
        if (published.isEmpty()) {
            throw new IllegalArgumentException(
                    "[transformers] no worker has published its transformers yet: start a worker");
        }
        for (String transformer : transformers) {
            if (published.contains(transformer) == false) {
                throw new IllegalArgumentException("[transformers] unknown transformer [" + transformer
                        + "]: the workers run " + new TreeSet<>(published));
            }
        }
    }

    private static void count(NodeClient client, EnqueueRequest enqueue, ActionListener<ToXContentObject> listener) {
        SearchSourceBuilder source = new SearchSourceBuilder().size(0).trackTotalHits(true);
        if (enqueue.query() != null) {
            source.query(enqueue.query());
        }
        client.search(new SearchRequest(enqueue.index()).source(source), listener.map(response -> {
            long documents = response.getHits().getTotalHits().value();
            long batches = (documents + enqueue.batchSize() - 1) / enqueue.batchSize();
            return (builder, params) -> builder.startObject()
                    .field("documents", documents)
                    .field("batches", batches)
                    .endObject();
        }));
    }

    private void enqueue(NodeClient client, EnqueueRequest enqueue, Executor redis,
                         ActionListener<ToXContentObject> answer) {
        RecordIdPager.open(client, enqueue.index(), enqueue.query(), enqueue.idPageSize(),
                answer.delegateFailureAndWrap((listener, pager) -> {
                    JobSpec spec = new JobSpec(enqueue.index(), enqueue.transformers(), enqueue.queryJson(),
                            enqueue.paramsJson());
                    ActionListener<ToXContentObject> closing = ActionListener.runAfter(listener, pager::close);
                    queue.run(redis, closing.<String>delegateFailureAndWrap((l, job) ->
                            new Enqueuing(enqueue, job, pager, redis, l.map(e -> e)).nextPage()),
                            q -> q.createJob(spec));
                }));
    }

    /** The answer: the job and how much it holds. */
    record Enqueued(String job, long batches, long documents) implements ToXContentObject {
        @Override
        public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
            return builder.startObject()
                    .field("job", job)
                    .field("batches", batches)
                    .field("documents", documents)
                    .endObject();
        }
    }

    /** One job being enqueued: fetch a page of IDs, push it as batches, repeat until the last page. */
    private final class Enqueuing {
        private final EnqueueRequest request;
        private final String job;
        private final RecordIdPager pager;
        private final Executor redis;
        private final ActionListener<Enqueued> listener;
        private final long startNanos = System.nanoTime();
        private long batches;
        private long documents;

        Enqueuing(EnqueueRequest request, String job, RecordIdPager pager, Executor redis,
                  ActionListener<Enqueued> listener) {
            this.request = request;
            this.job = job;
            this.pager = pager;
            this.redis = redis;
            this.listener = listener.delegateResponse(this::fail);
        }

        void nextPage() {
            pager.next(listener.delegateFailureAndWrap((l, page) -> queue.run(redis, l.delegateFailureAndWrap(
                    (after, done) -> {
                        if (done) {
                            finish();
                        } else {
                            nextPage();
                        }
                    }), q -> {
                        List<String> ids = page.ids();
                        for (int from = 0; from < ids.size(); from += request.batchSize()) {
                            List<String> batch = ids.subList(from, Math.min(ids.size(), from + request.batchSize()));
                            q.push(new Batch(job, batches, request.index(), request.transformers(),
                                    request.paramsJson(), batch));
                            batches++;
                            documents += batch.size();
                        }
                        return page.last();
                    })));
        }

        private void finish() {
            queue.run(redis, listener.map(ignored -> {
                LOG.info("job [{}] queued: {} records of index [{}] in {} batches for transformers {}, took {} ms",
                        job, documents, request.index(), batches, request.transformers(),
                        (System.nanoTime() - startNanos) / 1_000_000);
                return new Enqueued(job, batches, documents);
            }), q -> {
                q.markQueued(job, batches, documents);
                return null;
            });
        }

        private void fail(ActionListener<Enqueued> delegate, Exception e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warn("job [{}] failed while enqueueing after {} batches: {}", job, batches, reason);
            String message = "job [" + job + "] failed while enqueueing after " + batches + " batches ("
                    + documents + " records), and is marked failed: " + reason;
            redis.execute(() -> {
                try {
                    queue.run(Runnable::run, ActionListener.noop(), q -> {
                        q.markFailed(job, reason);
                        return null;
                    });
                } finally {
                    delegate.onFailure(new ElasticsearchStatusException(message, RestStatus.SERVICE_UNAVAILABLE, e));
                }
            });
        }
    }
}
