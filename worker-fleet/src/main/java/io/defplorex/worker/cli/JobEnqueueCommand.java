package io.defplorex.worker.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

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
            JsonNode answer = new PluginClient(es.url).post("/_defplorex/enqueue", body);
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
