package io.defplorex.worker.render;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A 64-bit DCT perceptual hash of a screenshot, as 16 hex characters. The image is reduced to 32×32 grey levels
 * (area averages), transformed with a 2-D DCT-II, and the 8×8 lowest frequencies without the DC term are compared
 * with their median: bit {@code i} (row-major, most significant first) is set when coefficient {@code i} is above
 * it. Similar-looking pages differ in few bits (Hamming distance).
 */
public final class PerceptualHash {

    private static final int SIZE = 32;
    private static final int LOW = 8;
    private static final double[][] COS = new double[LOW][SIZE];

    static {
        for (int u = 0; u < LOW; u++) {
            for (int x = 0; x < SIZE; x++) {
                COS[u][x] = Math.cos((2 * x + 1) * u * Math.PI / (2.0 * SIZE));
            }
        }
    }

    private PerceptualHash() {
    }

    /** The hash of {@code image} as 16 lower-case hex characters. */
    public static String of(BufferedImage image) {
        double[][] grey = reduce(image);
        double[] low = new double[LOW * LOW];
        for (int u = 0; u < LOW; u++) {
            for (int v = 0; v < LOW; v++) {
                double s = 0;
                for (int y = 0; y < SIZE; y++) {
                    double row = 0;
                    for (int x = 0; x < SIZE; x++) {
                        row += grey[y][x] * COS[v][x];
                    }
                    s += row * COS[u][y];
                }
                low[u * LOW + v] = s;
            }
        }
        double[] ac = Arrays.copyOfRange(low, 1, low.length);
        Arrays.sort(ac);
        double median = (ac[ac.length / 2 - 1] + ac[ac.length / 2]) / 2;
        long bits = 0;
        for (int i = 0; i < low.length; i++) {
            bits <<= 1;
            if (i > 0 && low[i] > median) {
                bits |= 1;
            }
        }
        return String.format("%016x", bits);
    }

    /** Number of differing bits of two hashes. */
    public static int distance(String a, String b) {
        return Long.bitCount(Long.parseUnsignedLong(a, 16) ^ Long.parseUnsignedLong(b, 16));
    }

    private static double[][] reduce(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        double[][] sum = new double[SIZE][SIZE];
        int[][] n = new int[SIZE][SIZE];
        for (int y = 0; y < h; y++) {
            int cy = y * SIZE / h;
            for (int x = 0; x < w; x++) {
                int p = argb[y * w + x];
                int cx = x * SIZE / w;
                sum[cy][cx] += 0.299 * ((p >> 16) & 0xff) + 0.587 * ((p >> 8) & 0xff) + 0.114 * (p & 0xff);
                n[cy][cx]++;
            }
        }
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                sum[y][x] = n[y][x] == 0 ? 0 : sum[y][x] / n[y][x];
            }
        }
        return sum;
    }
}
