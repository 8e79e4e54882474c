package io.defplorex.worker.cli;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code job enqueue}: calls {@code _defplorex/enqueue} and prints the job ID alone on stdout. */
@Command(name = "enqueue", mixinStandardHelpOptions = true, description = "Queue the records of an index for "
        + "transformers; prints the job ID.")
final class JobEnqueueCommand implements Callable<Integer> {

    @Mixin
    EsOption es;

    @Option(names = "--index", required = true, description = "Records index.")
    String index;

    @Option(names = "--transformers", required = true, split = ",", description = "e.g. extract,features.")
    String[] transformers;

    @Option(names = "--query", description = "Query DSL object selecting the records (default: all).")
    String query;

    @Option(names = "--params", description = "JSON object handed to the transformers, e.g. {\"tag\":\"x\"}.")
    String params;

    @Option(names = "--batch-size", description = "Records per batch (1..10000, default 1000).")
    Integer batchSize;

    @Option(names = "--wait-for-workers", paramLabel = "SECONDS", defaultValue = "0",
            description = "Wait up to this long for a worker to offer every transformer asked for, as one that was "
                    + "just started needs a moment to (default: ${DEFAULT-VALUE}, ask at once).")
    long waitForWorkers;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("index", index);
        body.put("transformers", Arrays.asList(transformers));
        putJson(body, "query", query);
        putJson(body, "params", params);
        if (batchSize != null) {
            body.put("batch_size", batchSize);
        }
        try {
            PluginClient plugin = new PluginClient(es.url);
            awaitWorkers(plugin);
            JsonNode answer = plugin.post("/_defplorex/enqueue", body);
            System.out.println(answer.path("job").asText());
            long batches = answer.path("batches").asLong();
            System.err.printf("%d documents in %d batch%s%n", answer.path("documents").asLong(), batches,
                    batches == 1 ? "" : "es");
            return 0;
        } catch (PluginClient.PluginException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    /** Polls the transformers the fleet publishes; when time runs out, the enqueue call says what is missing. */
    private void awaitWorkers(PluginClient plugin) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitForWorkers);
        while (System.nanoTime() < deadline) {
            Set<String> offered = new HashSet<>();
            plugin.get("/_defplorex/transformers").path("transformers").forEach(t -> offered.add(t.asText()));
            if (offered.containsAll(Arrays.asList(transformers))) {
                return;
            }
            Thread.sleep(250);
        }
    }

    private static void putJson(Map<String, Object> body, String option, String json) {
        if (json == null) {
            return;
        }
        try {
            JsonNode node = PluginClient.JSON.readTree(json);
            if (!node.isObject()) {
                throw new IllegalArgumentException("--" + option + " must be a JSON object, got " + json);
            }
            body.put(option, node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("--" + option + " is not JSON: " + e.getOriginalMessage());
        }
    }
}
