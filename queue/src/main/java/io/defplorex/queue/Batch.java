package io.defplorex.queue;

import java.util.List;
import java.util.Objects;

/**
 * A slice of a job: the IDs of up to {@code batch_size} records that one worker transforms together.
 *
 * @param job          the job this batch belongs to
 * @param seq          0-based position of the batch within its job
 * @param index        the Elasticsearch index holding the records
 * @param transformers names of the transformers to run, in order
 * @param paramsJson   a JSON object given to the transformers, opaque to the queue ({@code {}} when none)
 * @param ids          record IDs; none may contain a newline
 */
public record Batch(String job, long seq, String index, List<String> transformers, String paramsJson, List<String> ids) {

    public Batch {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(index, "index");
        transformers = List.copyOf(transformers);
        paramsJson = paramsJson == null || paramsJson.isBlank() ? "{}" : paramsJson;
        ids = List.copyOf(ids);
        for (String id : ids) {
            if (id.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("record id [" + id.replace("\n", "\\n") + "] contains a newline");
            }
        }
    }
}
