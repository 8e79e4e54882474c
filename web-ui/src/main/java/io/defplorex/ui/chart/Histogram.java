package io.defplorex.ui.chart;

import java.util.List;
import java.util.Locale;

/**
 * A feature's histogram with its percentile thresholds drawn as red vertical lines, as SVG text. Counts are on a
 * square-root scale so that the long tail of deface features stays visible next to the mode.
 */
public final class Histogram {

    /** A bucket: values from {@code from} (inclusive) up to the next bucket's {@code from}. */
    public record Bucket(double from, long count) {
    }

    private static final int WIDTH = 420;
    private static final int HEIGHT = 140;
    private static final int AXIS = 16;

    private Histogram() {
    }

    /**
     * @param buckets    equal-width buckets, ascending
     * @param interval   the width of one bucket
     * @param thresholds threshold values (null entries are skipped)
     */
    public static String svg(List<Bucket> buckets, double interval, List<Double> thresholds) {
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='sans-serif' "
                        + "font-size='10'><rect width='%d' height='%d' fill='#fbfcfd'/>",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        if (buckets.isEmpty()) {
            return svg.append("<text x='10' y='20'>no values</text></svg>").toString();
        }
        double low = buckets.getFirst().from();
        double high = buckets.getLast().from() + interval;
        double span = high > low ? high - low : 1;
        double max = Math.sqrt(buckets.stream().mapToLong(Bucket::count).max().orElse(1));
        double plot = HEIGHT - AXIS;
        for (Bucket bucket : buckets) {
            double x = (bucket.from() - low) / span * WIDTH;
            double w = Math.max(0.8, interval / span * WIDTH - 0.6);
            double h = max == 0 ? 0 : Math.sqrt(bucket.count()) / max * (plot - 4);
            svg.append(String.format(Locale.ROOT, "<rect x='%.2f' y='%.2f' width='%.2f' height='%.2f' fill='#5b8def'>"
                    + "<title>%s: %d</title></rect>", x, plot - h, w, h, number(bucket.from()), bucket.count()));
        }
        for (Double threshold : thresholds) {
            if (threshold == null) {
                continue;
            }
            double x = Math.min(WIDTH - 1, Math.max(1, (threshold - low) / span * WIDTH));
            svg.append(String.format(Locale.ROOT, "<line x1='%.2f' y1='0' x2='%.2f' y2='%.0f' stroke='#d62728' "
                    + "stroke-width='1.5' class='threshold'/>", x, x, plot));
        }
        svg.append(String.format(Locale.ROOT, "<text x='2' y='%d'>%s</text><text x='%d' y='%d' text-anchor='end'>%s"
                + "</text></svg>", HEIGHT - 3, number(low), WIDTH - 2, HEIGHT - 3, number(high)));
        return svg.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
