package io.defplorex.plugin;

import org.elasticsearch.action.ActionListener;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.action.RestToXContentListener;
import org.elasticsearch.xcontent.ToXContentObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.elasticsearch.rest.RestRequest.Method.GET;

/**
 * {@code GET _defplorex/jobs?size=N}: of the {@code N} most recent jobs, newest first, those on an index the caller
 * may read, each as {@link JobAction} shows it.
 */
public class JobsAction extends BaseRestHandler {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 1000;
    static final Set<String> PARAMS = Set.of("size");

    private final QueueConnection queue;

    JobsAction(QueueConnection queue) {
        this.queue = queue;
    }

    @Override
    public String getName() {
        return "defplorex_jobs_action";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(GET, "/_defplorex/jobs"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        int size = size(request.param("size"));
        return channel -> {
            ActionListener<ToXContentObject> answer = new RestToXContentListener<>(channel);
            // the statuses come from Redis: the caller's read privilege on each job's index decides what is shown
            ActionListener<List<JobAction.JobAnswer>> filter = answer.delegateFailureAndWrap((l, jobs) ->
                    ReadPrivilege.readable(client, jobs.stream().map(job -> job.status().index()).toList(),
                            l.map(readable -> shown(jobs, readable))));
            queue.run(client.threadPool().generic(), filter, q -> {
                List<JobAction.JobAnswer> jobs = new ArrayList<>();
                for (String job : q.recentJobs(size)) {
                    q.status(job).ifPresent(status -> jobs.add(new JobAction.JobAnswer(status)));
                }
                return jobs;
            });
        };
    }

    /** The answer: the jobs on an index of {@code readable}, in their order. */
    private static ToXContentObject shown(List<JobAction.JobAnswer> jobs, Set<String> readable) {
        return (builder, params) -> {
            builder.startObject().startArray("jobs");
            for (JobAction.JobAnswer job : jobs) {
                if (readable.contains(job.status().index())) {
                    job.toXContent(builder, params);
                }
            }
            return builder.endArray().endObject();
        };
    }

    private static int size(String text) {
        if (text == null) {
            return DEFAULT_SIZE;
        }
        try {
            int size = Integer.parseInt(text);
            if (size >= 1 && size <= MAX_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw RequestBody.invalid("size", text, "an integer between 1 and " + MAX_SIZE);
    }
}
