package io.defplorex.queue;

import java.util.List;

/**
 * A snapshot of a job's progress as the Redis hash holds it. Times are epoch milliseconds, 0 when not yet reached.
 *
 * @param state one of {@code enqueuing, queued, running, done, failed}
 */
public record JobStatus(
        String job,
        String index,
        List<String> transformers,
        String queryJson,
        String paramsJson,
        String state,
        String error,
        long documents,
        long batches,
        long doneDocuments,
        long failedDocuments,
        long doneBatches,
        long created,
        long started,
        long finished,
        List<Failure> failures) {

    public boolean isFinished() {
        return "done".equals(state) || "failed".equals(state);
    }
}
