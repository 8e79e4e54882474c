package io.defplorex.worker.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code tag}: appends the job's {@code params.tag} to the record's {@code tags}, once. */
public final class TagTransformer implements Transformer {

    @Override
    public String name() {
        return "tag";
    }

    @Override
    public Map<String, Object> apply(Map<String, Object> record, TransformContext context)
            throws TransformException {
        Object tag = context.param("tag").orElseThrow(() -> new TransformException("params.tag is missing"));
        if (!(tag instanceof String s) || s.isBlank()) {
            throw new TransformException("params.tag must be a non-empty string, got " + tag);
        }
        List<Object> tags = new ArrayList<>();
        Object existing = record.get("tags");
        if (existing instanceof List<?> list) {
            tags.addAll(list);
        } else if (existing != null) {
            tags.add(existing);
        }
        if (!tags.contains(s)) {
            tags.add(s);
        }
        return Map.of("tags", tags);
    }
}
