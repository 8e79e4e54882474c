package io.defplorex.worker.transform;

import java.util.LinkedHashMap;
import java.util.Map;

/** Merges partial documents the way an Elasticsearch partial update does: objects recursively, the rest replaced. */
final class Partials {

    private Partials() {
    }

    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> target, Map<String, Object> partial) {
        for (Map.Entry<String, Object> e : partial.entrySet()) {
            Object old = target.get(e.getKey());
            if (old instanceof Map<?, ?> oldMap && e.getValue() instanceof Map<?, ?> newMap) {
                Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) oldMap);
                merge(merged, (Map<String, Object>) newMap);
                target.put(e.getKey(), merged);
            } else {
                target.put(e.getKey(), e.getValue());
            }
        }
    }
}
