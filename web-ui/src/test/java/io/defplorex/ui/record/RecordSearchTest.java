package io.defplorex.ui.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class RecordSearchTest {

    @Test
    void hitBecomesARowWithColoursFeaturesAndBins() {
        var answer = JsonMapper.builder().build().readTree("""
                {"took": 7, "hits": {"total": {"value": 1200}, "hits": [{"_id": "r1", "_source": {
                  "url": "http://a.gov/", "attacker": "x", "timestamp": "2024-03-01T08:00:00Z",
                  "extract": {"encoding": "utf-8"}, "render": {"colors": ["#000000", "#ffffff"],
                  "avg_color_top5": "#808080"}, "features": {"n_img": 3.0, "avg_color": "#202020"},
                  "bins": {"n_img": 1}}}]}}""");

        RecordHits hits = RecordSearch.parse(answer);

        assertThat(hits.total()).isEqualTo(1200);
        assertThat(hits.tookMs()).isEqualTo(7);
        RecordRow row = hits.rows().getFirst();
        assertThat(row.colors()).containsExactly("#000000", "#ffffff");
        assertThat(row.avgColor()).isEqualTo("#808080");
        assertThat(row.features()).isEqualTo(Map.of("n_img", "3.0", "avg_color", "#202020"));
        assertThat(row.bins()).isEqualTo(Map.of("n_img", 1));
        assertThat(row.encoding()).isEqualTo("utf-8");
    }

    @Test
    void multiValuedFeatureIsOneCellOfItsValues() {
        var source = JsonMapper.builder().build().readTree("""
                {"timestamp": "2024-03-01T08:00:00Z", "features": {"template_bands": ["0:1a2b", "1:3c4d", "2:5e6f"],
                  "n_img": 2, "odd": {"a": 1}, "missing": null}}""");

        RecordRow row = RecordSearch.row("r1", source);

        assertThat(row.features()).containsEntry("template_bands", "0:1a2b 1:3c4d 2:5e6f")
                .containsEntry("n_img", "2").containsEntry("odd", "{\"a\":1}").containsEntry("missing", "");
    }

    @Test
    void blankQueryMatchesAllAndTextIsAQueryString() {
        assertThat(Queries.lucene("  ").toString()).isEqualTo("{\"match_all\":{}}");
        assertThat(Queries.lucene("attacker:x AND tld:gov").toString())
                .isEqualTo("{\"query_string\":{\"query\":\"attacker:x AND tld:gov\"}}");
        assertThat(Queries.ids(List.of("a1", "a4")).toString()).isEqualTo("{\"ids\":{\"values\":[\"a1\",\"a4\"]}}");
    }
}
