package io.defplorex.plugin;

import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.fieldcaps.FieldCapabilities;
import org.elasticsearch.action.fieldcaps.FieldCapabilitiesRequest;
import org.elasticsearch.action.fieldcaps.FieldCapabilitiesResponse;
import org.elasticsearch.client.internal.Client;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the mapping of an index says about its features: which {@code features.*} fields are numeric or keyword and
 * which {@code bins.*} fields exist, and which of the record fields cluster facts aggregate on are aggregatable
 * (an index mapped by hand may hold {@code team} as text). Read with field capabilities, which also answers 404 for
 * an unknown index.
 */
record FeatureFields(String index, Set<String> numeric, Set<String> keyword, Set<String> binned,
                     Set<String> aggregatable) {

    /** The record fields {@link ClusterFacts} aggregates on. */
    static final Set<String> FACT_FIELDS =
            Set.of("timestamp", "attacker", "team", "domain", "tld", "extract.text_hash", "id", "thresholds_version");

    static final Set<String> NUMERIC_TYPES = Set.of(
            "double", "float", "half_float", "scaled_float", "long", "integer", "short", "byte", "unsigned_long");

    FeatureFields {
        numeric = Collections.unmodifiableSortedSet(new TreeSet<>(numeric));
        keyword = Collections.unmodifiableSortedSet(new TreeSet<>(keyword));
        binned = Collections.unmodifiableSortedSet(new TreeSet<>(binned));
        aggregatable = Set.copyOf(aggregatable);
    }

    FeatureFields(String index, Set<String> numeric, Set<String> keyword, Set<String> binned) {
        this(index, numeric, keyword, binned, FACT_FIELDS);
    }

    static void load(Client client, String index, ActionListener<FeatureFields> listener) {
        FieldCapabilitiesRequest request = new FieldCapabilitiesRequest()
                .indices(index)
                .fields(fieldPatterns());
        client.fieldCaps(request, listener.map(response -> of(index, response)));
    }

    private static String[] fieldPatterns() {
        Set<String> patterns = new TreeSet<>(FACT_FIELDS);
        patterns.add("features.*");
        patterns.add("bins.*");
        return patterns.toArray(String[]::new);
    }

    static FeatureFields of(String index, FieldCapabilitiesResponse response) {
        Set<String> numeric = new TreeSet<>();
        Set<String> keyword = new TreeSet<>();
        Set<String> binned = new TreeSet<>();
        Set<String> aggregatable = new TreeSet<>();
        for (Map.Entry<String, Map<String, FieldCapabilities>> field : response.get().entrySet()) {
            Set<String> types = field.getValue().keySet();
            String name = field.getKey();
            if (FACT_FIELDS.contains(name)
                    && field.getValue().values().stream().allMatch(FieldCapabilities::isAggregatable)) {
                aggregatable.add(name);
            }
            if (name.startsWith("features.")) {
                String feature = name.substring("features.".length());
                if (NUMERIC_TYPES.containsAll(types)) {
                    numeric.add(feature);
                } else if (types.equals(Set.of("keyword"))) {
                    keyword.add(feature);
                }
            } else if (name.startsWith("bins.") && NUMERIC_TYPES.containsAll(types)) {
                binned.add(name.substring("bins.".length()));
            }
        }
        return new FeatureFields(index, numeric, keyword, binned, aggregatable);
    }

    /**
     * The field a cluster groups on for {@code feature}: the bin of a numeric feature, the value of a keyword one.
     *
     * @throws IllegalArgumentException when the feature is unknown or numeric but not yet quantized
     */
    String pivot(String feature) {
        if (numeric.contains(feature)) {
            if (binned.contains(feature) == false) {
                throw new IllegalArgumentException("[features] feature [" + feature + "] of index [" + index
                        + "] is numeric but [bins." + feature + "] is not mapped: run the quantize transformer first");
            }
            return "bins." + feature;
        }
        if (keyword.contains(feature)) {
            return "features." + feature;
        }
        throw unknown(feature);
    }

    /** Checks that {@code feature} is a numeric feature, the only kind percentiles can measure. */
    String numericField(String feature) {
        if (numeric.contains(feature) == false) {
            throw unknown(feature);
        }
        return "features." + feature;
    }

    private IllegalArgumentException unknown(String feature) {
        String kind = keyword.contains(feature) ? " is a keyword, not a number" : " is not mapped";
        return new IllegalArgumentException("[features] unknown feature [" + feature + "]: [features." + feature
                + "] of index [" + index + "]" + kind + "; numeric features: " + numeric + ", keyword features: "
                + keyword);
    }
}
