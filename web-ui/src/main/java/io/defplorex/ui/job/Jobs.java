package io.defplorex.ui.job;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.defplorex.ui.es.DefplorexClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The plugin's job endpoints: published transformers, enqueue, one job, the newest jobs. */
public final class Jobs {

    private Jobs() {
    }

    /** {@code GET /_defplorex/transformers}: the names the workers published, sorted. */
    public static Set<String> transformers(DefplorexClient client) {
        JsonNode answer = client.get("_defplorex/transformers");
        JsonNode names = answer.isArray() ? answer : answer.path("transformers");
        Set<String> sorted = new TreeSet<>();
        names.forEach(name -> sorted.add(name.asString()));
        return sorted;
    }

    /** {@code POST /_defplorex/enqueue}; answers the new job's ID. */
    public static String enqueue(DefplorexClient client, JsonNode query, Collection<String> transformers) {
        if (transformers.isEmpty()) {
            throw new IllegalArgumentException("transformers: pick at least one");
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("index", client.index());
        body.set("query", query);
        transformers.forEach(body.putArray("transformers")::add);
        return client.post("_defplorex/enqueue", body).path("job").asString();
    }

    public static JobStatus get(DefplorexClient client, String job) {
        return JobStatus.parse(client.get("_defplorex/jobs/" + job));
    }

    /** The first {@code limit} of {@code jobs} on {@code index}; of every index when {@code index} is null. */
    public static List<JobStatus> ofIndex(List<JobStatus> jobs, String index, int limit) {
        return jobs.stream().filter(job -> index == null || index.equals(job.index())).limit(limit).toList();
    }

    /** {@code GET /_defplorex/jobs}: the newest jobs first. */
    public static List<JobStatus> newest(DefplorexClient client, int size) {
        List<JobStatus> jobs = new ArrayList<>();
        client.get("_defplorex/jobs?size=" + size).path("jobs").forEach(job -> jobs.add(JobStatus.parse(job)));
        return jobs;
    }
}
