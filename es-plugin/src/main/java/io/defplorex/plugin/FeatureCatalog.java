package io.defplorex.plugin;

import org.elasticsearch.action.admin.indices.mapping.get.GetMappingsResponse;
import org.elasticsearch.cluster.metadata.MappingMetadata;
import org.elasticsearch.xcontent.ToXContentObject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The features of an index as the analyst sees them: name, kind and bins from the mapping ({@link FeatureFields}),
 * source field and rule from the catalog the worker fleet keeps in the mapping's {@code _meta.defplorex_features}
 * (its {@code features.json}, written at every ingest), so the fleet, the plugin and the UI describe a feature alike.
 */
final class FeatureCatalog {

    /** The key under the mapping's {@code _meta} that holds the catalog: a list of {@code {name, type, from, how}}. */
    static final String META_KEY = "defplorex_features";

    private FeatureCatalog() {
    }

    static ToXContentObject of(FeatureFields fields, GetMappingsResponse mappings) {
        Map<String, Map<?, ?>> described = new HashMap<>();
        for (MappingMetadata mapping : mappings.mappings().values()) {
            described.putAll(entries(mapping.sourceAsMap().get("_meta")));
        }
        TreeSet<String> names = new TreeSet<>(fields.numeric());
        names.addAll(fields.keyword());
        return (builder, params) -> {
            builder.startObject().field("index", fields.index()).startArray("features");
            for (String name : names) {
                Map<?, ?> entry = described.getOrDefault(name, Map.of());
                builder.startObject()
                        .field("name", name)
                        .field("kind", fields.numeric().contains(name) ? "numeric" : "keyword")
                        .field("binned", fields.binned().contains(name))
                        .field("from", text(entry.get("from")))
                        .field("how", text(entry.get("how")))
                        .endObject();
            }
            return builder.endArray().endObject();
        };
    }

    /** Feature name → catalog entry, from one mapping's {@code _meta}; nothing when the index has no catalog. */
    private static Map<String, Map<?, ?>> entries(Object meta) {
        Map<String, Map<?, ?>> entries = new HashMap<>();
        if (meta instanceof Map<?, ?> map && map.get(META_KEY) instanceof List<?> catalog) {
            for (Object item : catalog) {
                if (item instanceof Map<?, ?> entry && entry.get("name") instanceof String name) {
                    entries.put(name, entry);
                }
            }
        }
        return entries;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
