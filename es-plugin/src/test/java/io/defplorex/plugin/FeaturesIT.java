package io.defplorex.plugin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET _defplorex/features} on a real node: mapped features, described by the catalog in the mapping's _meta. */
class FeaturesIT {

    private static final String INDEX = "dpx-plugin-it-features";
    private static final EsNode ES = new EsNode();

    @BeforeAll
    static void createIndex() throws Exception {
        ES.delete("/" + INDEX);
        EsNode.Answer created = ES.put("/" + INDEX, """
                {"mappings": {
                  "_meta": {"defplorex_features": [
                    {"name": "n_img", "type": "double", "from": "extract.counts.img",
                     "how": "number of <img> elements"},
                    {"name": "n_gone", "type": "double", "from": "extract.gone", "how": "a feature no record has"}]},
                  "properties": {
                    "features": {"properties": {"n_img": {"type": "double"}, "n_script": {"type": "double"},
                                                "avg_color": {"type": "keyword"}}},
                    "bins": {"properties": {"n_img": {"type": "short"}}}}}}""");
        assertThat(created.status()).as("%s", created.body()).isEqualTo(200);
    }

    @AfterAll
    static void deleteIndex() throws Exception {
        ES.delete("/" + INDEX);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyMappedFeatureWithItsKindBinsAndRule() throws Exception {
        EsNode.Answer answer = ES.get("/_defplorex/features?index=" + INDEX);

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("index", INDEX);
        assertThat((List<Map<String, Object>>) answer.body().get("features")).containsExactly(
                Map.of("name", "avg_color", "kind", "keyword", "binned", false, "from", "", "how", ""),
                Map.of("name", "n_img", "kind", "numeric", "binned", true, "from", "extract.counts.img",
                        "how", "number of <img> elements"),
                Map.of("name", "n_script", "kind", "numeric", "binned", false, "from", "", "how", ""));
    }

    @Test
    void badCallsAreRejectedNamingTheParameter() throws Exception {
        EsNode.Answer missing = ES.get("/_defplorex/features");
        EsNode.Answer pattern = ES.get("/_defplorex/features?index=dpx-*");
        EsNode.Answer unknown = ES.get("/_defplorex/features?index=dpx-plugin-it-missing");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.reason()).isEqualTo("[index] is required");
        assertThat(pattern.status()).isEqualTo(400);
        assertThat(pattern.reason()).isEqualTo(
                "[index] must be the name of one index (no wildcards, commas or spaces), got [dpx-*]");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.reason()).isEqualTo("no such index [dpx-plugin-it-missing]");
    }
}
