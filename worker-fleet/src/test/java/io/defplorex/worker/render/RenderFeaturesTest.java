package io.defplorex.worker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RenderFeaturesTest {

    @Test
    void renderedRecordGivesItsHashAndColour() {
        Map<String, Object> render = new HashMap<>();
        render.put("status", "ok");
        render.put("phash", "0ccd8cdd88772277");
        render.put("avg_color_top5", "#523f12");
        Map<String, Object> f = new LinkedHashMap<>();

        RenderFeatures.addTo(f, Map.of("render", render));

        assertThat(f).containsExactly(Map.entry("phash", "0ccd8cdd88772277"),
                Map.entry("avg_color_top5", "#523f12"));
    }

    @Test
    void renderWithoutScreenshotGivesNone() {
        Map<String, Object> render = new HashMap<>();
        render.put("status", "timeout");
        render.put("phash", null);
        Map<String, Object> f = new LinkedHashMap<>();

        RenderFeatures.addTo(f, Map.of("render", render));

        assertThat(f).containsExactly(Map.entry("phash", "none"), Map.entry("avg_color_top5", "none"));
    }

    @Test
    void recordNeverRenderedGivesNone() {
        Map<String, Object> f = new LinkedHashMap<>();

        RenderFeatures.addTo(f, Map.of("id", "x"));

        assertThat(f).containsExactly(Map.entry("phash", "none"), Map.entry("avg_color_top5", "none"));
    }
}
