package io.defplorex.worker.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code percentiles}: computes a new thresholds version through the plugin and prints it as a table. */
@Command(name = "percentiles", mixinStandardHelpOptions = true, description = "Compute feature thresholds.")
final class PercentilesCommand implements Callable<Integer> {

    @Mixin
    EsOption es;

    @Option(names = "--index", required = true, description = "Records index.")
    String index;

    @Option(names = "--percents", split = ",", description = "Percents (default 25,50,75).")
    List<Double> percents;

    @Option(names = "--features", split = ",", description = "Features (default: every numeric feature).")
    List<String> features;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("index", index);
        if (percents != null) {
            body.put("percents", percents);
        }
        if (features != null) {
            body.put("features", features);
        }
        JsonNode answer;
        try {
            answer = new PluginClient(es.url).post("/_defplorex/percentiles", body);
        } catch (PluginClient.PluginException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        System.out.printf("index %s, thresholds version %d, %d documents%n", answer.path("index").asText(),
                answer.path("version").asInt(), answer.path("documents").asLong());
        String[] header = new String[answer.path("percents").size() + 1];
        header[0] = "feature";
        for (int i = 0; i < answer.path("percents").size(); i++) {
            header[i + 1] = "p" + trim(answer.path("percents").get(i).asDouble());
        }
        Table table = new Table(header);
        answer.path("thresholds").properties().forEach(e -> {
            Object[] row = new Object[header.length];
            row[0] = e.getKey();
            for (int i = 0; i < e.getValue().size() && i + 1 < row.length; i++) {
                row[i + 1] = trim(e.getValue().get(i).asDouble());
            }
            table.row(row);
        });
        table.print(System.out);
        return 0;
    }

    static String trim(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
