package io.defplorex.worker.render;

import java.util.Map;

/**
 * The features taken from the render: {@code phash} (perceptual hash of the screenshot) and {@code avg_color_top5}
 * (average of its five most common colours). A record not rendered, or whose render ended without a screenshot,
 * gets {@code none} for both, so the feature names stay the same for every record.
 */
public final class RenderFeatures {

    public static final String NONE = "none";

    private RenderFeatures() {
    }

    /** Adds both features to {@code features} from {@code record.render}. */
    public static void addTo(Map<String, Object> features, Map<String, Object> record) {
        Map<?, ?> render = record.get("render") instanceof Map<?, ?> r ? r : Map.of();
        features.put("phash", render.get("phash") instanceof String p ? p : NONE);
        features.put("avg_color_top5", render.get("avg_color_top5") instanceof String c ? c : NONE);
    }
}
