package io.defplorex.ui.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One record as the records grid shows it.
 *
 * @param colors   the five most common colours of its screenshot ({@code render.colors}), may be empty
 * @param avgColor {@code render.avg_color_top5}, null when not rendered
 * @param features feature name → raw value as text
 * @param bins     feature name → bin
 */
public record RecordRow(String id, String url, String attacker, Instant timestamp, String encoding,
                        List<String> colors, String avgColor, Map<String, String> features,
                        Map<String, Integer> bins) {
}
