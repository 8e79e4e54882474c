package io.defplorex.plugin;

/**
 * A feature that clusters are grouped on, and the indexed field holding its grouping value:
 * {@code bins.<feature>} for a numeric feature, {@code features.<feature>} for a keyword one.
 */
record Pivot(String feature, String field) {

    /** Chooses the field for {@code feature} from the index mapping; 400 when it is unknown or not quantized. */
    static Pivot of(String feature, FeatureFields fields) {
        return new Pivot(feature, fields.pivot(feature));
    }
}
