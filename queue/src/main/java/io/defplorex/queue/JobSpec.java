package io.defplorex.queue;

import java.util.List;
import java.util.Objects;

/**
 * What a job asks for: run {@code transformers} on the records of {@code index} matching a query.
 *
 * @param queryJson  the Query DSL that selected the records, kept for the job's status (may be null)
 * @param paramsJson a JSON object handed to every transformer (may be null)
 */
public record JobSpec(String index, List<String> transformers, String queryJson, String paramsJson) {

    public JobSpec {
        Objects.requireNonNull(index, "index");
        transformers = List.copyOf(transformers);
        queryJson = queryJson == null ? "" : queryJson;
        paramsJson = paramsJson == null || paramsJson.isBlank() ? "{}" : paramsJson;
    }
}
