package io.defplorex.worker.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code clusters}: groups records on feature pivots through the plugin and prints the largest clusters. */
@Command(name = "clusters", mixinStandardHelpOptions = true, description = "Cluster records on features.")
final class ClustersCommand implements Callable<Integer> {

    @Mixin
    EsOption es;

    @Option(names = "--index", required = true, description = "Records index.")
    String index;

    @Option(names = "--features", required = true, split = ",", description = "Pivot features, e.g. n_img,n_script.")
    List<String> features;

    @Option(names = "--size", defaultValue = "10", description = "Clusters to show (${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--min-size", defaultValue = "1", description = "Smallest cluster shown (${DEFAULT-VALUE}).")
    int minSize;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("index", index);
        body.put("features", features);
        body.put("size", size);
        body.put("min_size", minSize);
        JsonNode answer;
        try {
            answer = new PluginClient(es.url).post("/_defplorex/cluster", body);
        } catch (PluginClient.PluginException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        System.out.printf("%d documents, %d clusters, thresholds version %s, %d ms%n",
                answer.path("documents").asLong(), answer.path("total_clusters").asLong(),
                answer.path("thresholds_version").asText("-"), answer.path("took_ms").asLong());
        Table table = new Table("size", "key", "attackers", "top attackers", "domains", "start", "end");
        for (JsonNode c : answer.path("clusters")) {
            StringBuilder key = new StringBuilder();
            c.path("key").properties().forEach(e -> key.append(key.isEmpty() ? "" : " ").append(e.getKey())
                    .append('=').append(e.getValue().asText()));
            StringBuilder top = new StringBuilder();
            for (JsonNode a : c.path("top_attackers")) {
                top.append(top.isEmpty() ? "" : ", ").append(a.path("name").asText()).append(" (")
                        .append(a.path("count").asLong()).append(')');
            }
            table.row(c.path("size").asLong(), key, c.path("attackers").asText(""), top,
                    c.path("domains").asText(""), c.path("start").asText(""), c.path("end").asText(""));
        }
        table.print(System.out);
        return 0;
    }
}
