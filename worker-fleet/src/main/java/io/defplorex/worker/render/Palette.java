package io.defplorex.worker.render;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The five most common colours of a screenshot and their average. Pixels are counted in buckets of 16 levels a
 * channel (4096 buckets) so anti-aliased edges do not split one colour into many; a bucket's colour is the mean
 * of its pixels, so a flat white page still reports exactly {@code #ffffff}. Works on the thumbnail, whose
 * pixels are area averages of the full screenshot: decoding the full PNG costs more than the render gains.
 */
public final class Palette {

    public static final int TOP = 5;

    private Palette() {
    }

    /** The result: up to five colours, most common first, and the unweighted mean of them. */
    public record Colors(List<String> top, String average) {
    }

    /** Counts the pixels of {@code image}. */
    public static Colors of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        return of(argb);
    }

    /** Counts {@code rgb} pixels (alpha ignored). */
    public static Colors of(int[] rgb) {
        long[] count = new long[4096];
        long[][] sum = new long[4096][3];
        for (int p : rgb) {
            int r = (p >> 16) & 0xff;
            int g = (p >> 8) & 0xff;
            int b = p & 0xff;
            int bucket = (r >> 4) << 8 | (g >> 4) << 4 | (b >> 4);
            count[bucket]++;
            sum[bucket][0] += r;
            sum[bucket][1] += g;
            sum[bucket][2] += b;
        }
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < count.length; i++) {
            if (count[i] > 0) {
                used.add(i);
            }
        }
        used.sort(Comparator.<Integer>comparingLong(i -> -count[i]).thenComparingInt(i -> i));

        List<String> top = new ArrayList<>();
        long[] total = new long[3];
        for (int i : used.subList(0, Math.min(TOP, used.size()))) {
            int[] mean = new int[3];
            for (int c = 0; c < 3; c++) {
                mean[c] = (int) Math.round((double) sum[i][c] / count[i]);
                total[c] += mean[c];
            }
            top.add(hex(mean[0], mean[1], mean[2]));
        }
        if (top.isEmpty()) {
            return new Colors(List.of(), "#000000");
        }
        int n = top.size();
        String average = hex((int) Math.round((double) total[0] / n), (int) Math.round((double) total[1] / n),
                (int) Math.round((double) total[2] / n));
        return new Colors(List.copyOf(top), average);
    }

    private static String hex(int r, int g, int b) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }
}
