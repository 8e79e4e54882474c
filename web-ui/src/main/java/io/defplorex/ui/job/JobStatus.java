package io.defplorex.ui.job;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A job as {@code GET /_defplorex/jobs/{job}} describes it (design.md, "REST endpoints").
 *
 * @param failures the first failures the plugin lists: record ID and reason
 */
public record JobStatus(String job, String index, List<String> transformers, String state, long documents,
                        long doneDocuments, long failedDocuments, long created, String error,
                        List<Failure> failures) {

    /** A record a job could not process. */
    public record Failure(String id, String reason) {
    }

    /** Done and failed records as a fraction of all, 0 when the job has none. */
    public double progress() {
        return documents == 0 ? 0 : Math.min(1.0, (double) (doneDocuments + failedDocuments) / documents);
    }

    public static JobStatus parse(JsonNode node) {
        List<String> transformers = new ArrayList<>();
        JsonNode chain = node.path("transformers");
        if (chain.isArray()) {
            chain.forEach(name -> transformers.add(name.asString()));
        } else if (!chain.asString("").isEmpty()) {
            transformers.addAll(List.of(chain.asString().split(",")));
        }
        List<Failure> failures = new ArrayList<>();
        node.path("failures").forEach(failure -> failures.add(new Failure(failure.path("id").asString(""),
                failure.path("reason").asString(""))));
        return new JobStatus(node.path("job").asString(""), node.path("index").asString(""),
                List.copyOf(transformers), node.path("state").asString(""), node.path("documents").asLong(),
                node.path("done_documents").asLong(), node.path("failed_documents").asLong(),
                node.path("created").asLong(), node.path("error").asString(null), List.copyOf(failures));
    }
}
