package io.defplorex.ui.chart;

import java.util.List;
import java.util.Locale;

/** A tiny bar chart of counts over time (a cluster's timeline), drawn as SVG text on the server. */
public final class Sparkline {

    private Sparkline() {
    }

    /** Bars of equal width, heights relative to the largest count; an empty timeline gives an empty frame. */
    public static String svg(List<Long> counts, int width, int height) {
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' viewBox='0 0 %d %d'>"
                        + "<rect width='%d' height='%d' fill='#f4f6f8'/>",
                width, height, width, height, width, height));
        long max = counts.stream().mapToLong(Long::longValue).max().orElse(0);
        if (max > 0) {
            double bar = (double) width / counts.size();
            for (int i = 0; i < counts.size(); i++) {
                double h = Math.max(counts.get(i) > 0 ? 1 : 0, (double) counts.get(i) / max * (height - 2));
                svg.append(String.format(Locale.ROOT, "<rect x='%.2f' y='%.2f' width='%.2f' height='%.2f' "
                        + "fill='#1676f3'/>", i * bar, height - h, Math.max(0.5, bar - 0.5), h));
            }
        }
        return svg.append("</svg>").toString();
    }
}
