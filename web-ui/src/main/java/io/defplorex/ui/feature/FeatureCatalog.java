package io.defplorex.ui.feature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The features an index has, read from its {@code _mapping}: names and types from the properties, descriptions from
 * the catalog the worker fleet writes into the mapping's {@code _meta.defplorex_features} (its {@code features.json},
 * the same one {@code GET _defplorex/features} reads), else from a file of that shape
 * ({@code defplorex.features-file}).
 */
public final class FeatureCatalog {

    private static final Set<String> NUMERIC = Set.of("long", "integer", "short", "byte", "double", "float",
            "half_float", "scaled_float", "unsigned_long");

    /** Where the worker fleet puts the catalog in the mapping's {@code _meta}. */
    static final String META_KEY = "defplorex_features";

    private FeatureCatalog() {
    }

    /** Features sorted by name; several indices (an alias) are merged. */
    public static List<Feature> fromMapping(JsonNode mapping, Map<String, String> fallback) {
        Map<String, String> descriptions = new HashMap<>(fallback);
        for (JsonNode index : mapping.values()) {
            descriptions.putAll(described(index.path("mappings").path("_meta").path(META_KEY)));
        }
        Map<String, Feature> features = new TreeMap<>();
        for (JsonNode index : mapping.values()) {
            JsonNode properties = index.path("mappings").path("properties");
            JsonNode bins = properties.path("bins").path("properties");
            for (Map.Entry<String, JsonNode> feature : properties.path("features").path("properties").properties()) {
                String name = feature.getKey();
                boolean numeric = NUMERIC.contains(feature.getValue().path("type").asString(""));
                features.put(name, new Feature(name, numeric, bins.has(name), descriptions.getOrDefault(name, "")));
            }
        }
        return new ArrayList<>(features.values());
    }

    /**
     * Feature name → description from a file shaped like worker-fleet's features.json
     * ({@code [{name, type, from, how}]}); an empty map when {@code file} is blank.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static Map<String, String> descriptions(String file) {
        if (file == null || file.isBlank()) {
            return Map.of();
        }
        JsonNode list;
        try {
            list = JsonMapper.builder().build().readTree(Files.readString(Path.of(file)));
        } catch (IOException | JacksonException e) {
            throw new IllegalArgumentException("defplorex.features-file: cannot read " + file + ": " + e.getMessage(),
                    e);
        }
        if (!list.isArray()) {
            throw new IllegalArgumentException("defplorex.features-file: " + file + " is not a JSON list of features");
        }
        return described(list);
    }

    /** Feature name → its rule ({@code how}), from a catalog list; nothing from anything else. */
    private static Map<String, String> described(JsonNode catalog) {
        Map<String, String> descriptions = new HashMap<>();
        for (JsonNode feature : catalog) {
            if (feature.isObject()) {
                descriptions.put(feature.path("name").asString(""), feature.path("how").asString(""));
            }
        }
        return descriptions;
    }
}
