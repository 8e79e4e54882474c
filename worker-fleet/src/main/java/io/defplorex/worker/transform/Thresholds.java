package io.defplorex.worker.transform;

import java.util.List;
import java.util.Map;

/** One version of the percentile thresholds of an index: for each feature, {@code t1 <= ... <= tk}. */
public record Thresholds(String index, int version, Map<String, List<Double>> features) {

    /** The bin of {@code value}: how many thresholds it exceeds, so 0..k. */
    public static int bin(double value, List<Double> thresholds) {
        int bin = 0;
        for (double t : thresholds) {
            if (value > t) {
                bin++;
            }
        }
        return bin;
    }
}
