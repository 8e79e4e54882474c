package io.defplorex.worker.transform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code quantize}: puts each numeric feature that has thresholds into its bin (docs/design.md, "Bins").
 * Uses {@code params.thresholds_version} when given, else the newest thresholds of the record's index.
 */
public final class QuantizeTransformer implements Transformer {

    @Override
    public String name() {
        return "quantize";
    }

    @Override
    public Map<String, Object> apply(Map<String, Object> record, TransformContext context)
            throws TransformException {
        if (!(record.get("features") instanceof Map<?, ?> features)) {
            throw new TransformException("record has no features (run the features transformer first)");
        }
        Thresholds thresholds = context.thresholds(version(context));

        Map<String, Object> bins = new LinkedHashMap<>();
        for (Map.Entry<String, List<Double>> e : thresholds.features().entrySet()) {
            if (features.get(e.getKey()) instanceof Number value) {
                bins.put(e.getKey(), Thresholds.bin(value.doubleValue(), e.getValue()));
            }
        }
        Map<String, Object> partial = new LinkedHashMap<>();
        partial.put("bins", bins);
        partial.put("thresholds_version", thresholds.version());
        return partial;
    }

    private static Integer version(TransformContext context) throws TransformException {
        Object v = context.param("thresholds_version").orElse(null);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n && n.doubleValue() == n.intValue() && n.intValue() >= 1) {
            return n.intValue();
        }
        throw new TransformException("params.thresholds_version must be an integer >= 1, got " + v);
    }
}
