package io.defplorex.ui.feature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class FeatureCatalogTest {

    private static final String MAPPING = """
            {"defacements": {"mappings": {
              "_meta": {"defplorex_features": [{"name": "n_img", "how": "number of <img> elements"}, "not an entry"]},
              "properties": {
                "features": {"properties": {"n_img": {"type": "double"}, "avg_color": {"type": "keyword"}}},
                "bins": {"properties": {"n_img": {"type": "short"}}}}}}}""";

    @Test
    void descriptionsComeFromTheCatalogInTheMappingThenFromTheFile() {
        var features = FeatureCatalog.fromMapping(JsonMapper.builder().build().readTree(MAPPING),
                Map.of("n_img", "from the file", "avg_color", "average colour, from the file"));

        assertThat(features).containsExactly(
                new Feature("avg_color", false, false, "average colour, from the file"),
                new Feature("n_img", true, true, "number of <img> elements"));
    }
}
