package io.defplorex.ui.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class PivotFeaturesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void pivotsAreBinnedNumericFeaturesAndKeywordFeatures() {
        String mapping = """
                {"defacements": {"mappings": {"properties": {
                  "url": {"type": "keyword"},
                  "features": {"properties": {
                    "word_count": {"type": "double"},
                    "img_count": {"type": "double"},
                    "not_quantized": {"type": "double"},
                    "avg_color": {"type": "keyword"},
                    "note": {"type": "text"}}},
                  "bins": {"properties": {
                    "word_count": {"type": "short"},
                    "img_count": {"type": "short"}}}}}}}
                """;

        assertThat(PivotFeatures.fromMapping(JSON.readTree(mapping)))
                .containsExactly("avg_color", "img_count", "word_count");
    }

    @Test
    void indexWithoutFeaturesHasNoPivots() {
        String mapping = """
                {"defacements": {"mappings": {"properties": {"url": {"type": "keyword"}}}}}
                """;

        assertThat(PivotFeatures.fromMapping(JSON.readTree(mapping))).isEmpty();
    }

    @Test
    void indicesBehindAnAliasAreMerged() {
        String mapping = """
                {"a": {"mappings": {"properties": {"features": {"properties": {"tld_kind": {"type": "keyword"}}}}}},
                 "b": {"mappings": {"properties": {"features": {"properties": {"lang": {"type": "keyword"}}}}}}}
                """;

        assertThat(PivotFeatures.fromMapping(JSON.readTree(mapping))).containsExactly("lang", "tld_kind");
    }
}
