package io.defplorex.plugin;

import io.defplorex.queue.Failure;
import io.defplorex.queue.JobStatus;
import org.elasticsearch.ResourceNotFoundException;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.action.RestToXContentListener;
import org.elasticsearch.xcontent.ToXContentObject;
import org.elasticsearch.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import static org.elasticsearch.rest.RestRequest.Method.GET;

/**
 * {@code GET _defplorex/jobs/{job}}: the progress of a job as the Redis queue holds it, with its first failures;
 * answered only to a caller who may read the job's index.
 */
public class JobAction extends BaseRestHandler {

    private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9_\\-]{1,100}");

    private final QueueConnection queue;

    JobAction(QueueConnection queue) {
        this.queue = queue;
    }

    @Override
    public String getName() {
        return "defplorex_job_action";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(GET, "/_defplorex/jobs/{job}"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        String job = request.param("job");
        if (JOB_ID.matcher(job).matches() == false) {
            throw RequestBody.invalid("job", job, "a job ID such as j20261203-171500-4fz1qa");
        }
        // the status comes from Redis, so the caller's read privilege on the job's index is checked by a probe
        return channel -> queue.run(client.threadPool().generic(),
                new RestToXContentListener<JobAnswer>(channel).delegateFailureAndWrap((l, answer) ->
                        ReadPrivilege.require(client, answer.status().index(), l.map(allowed -> answer))),
                q -> new JobAnswer(q.status(job).orElseThrow(() -> new ResourceNotFoundException("job [" + job
                        + "] not found: it never existed or its Redis keys were deleted"))));
    }

    /** The job status in the REST answer's shape (docs/design.md). */
    record JobAnswer(JobStatus status) implements ToXContentObject {
        @Override
        public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
            builder.startObject();
            builder.field("job", status.job());
            builder.field("index", status.index());
            builder.field("transformers", status.transformers());
            builder.field("state", status.state());
            if (status.error() != null && status.error().isEmpty() == false) {
                builder.field("error", status.error());
            }
            builder.field("documents", status.documents());
            builder.field("batches", status.batches());
            builder.field("done_documents", status.doneDocuments());
            builder.field("failed_documents", status.failedDocuments());
            builder.field("done_batches", status.doneBatches());
            builder.field("created", status.created());
            builder.field("started", status.started());
            builder.field("finished", status.finished());
            builder.startArray("failures");
            for (Failure failure : status.failures()) {
                builder.startObject().field("id", failure.id()).field("reason", failure.reason()).endObject();
            }
            builder.endArray();
            return builder.endObject();
        }
    }
}
