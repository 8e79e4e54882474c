package io.defplorex.queue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a batch into the fields of a stream entry and back. Checks what it reads: a queue message is an edge. */
final class BatchCodec {

    private BatchCodec() {
    }

    static Map<String, String> encode(Batch batch) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("job", batch.job());
        fields.put("seq", Long.toString(batch.seq()));
        fields.put("index", batch.index());
        fields.put("transformers", String.join(",", batch.transformers()));
        fields.put("params", batch.paramsJson());
        fields.put("ids", String.join("\n", batch.ids()));
        return fields;
    }

    static Batch decode(String entryId, Map<String, String> fields) {
        String job = required(entryId, fields, "job");
        String index = required(entryId, fields, "index");
        long seq;
        try {
            seq = Long.parseLong(required(entryId, fields, "seq"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("batch " + entryId + ": field [seq] is not a number: " + fields.get("seq"));
        }
        String transformers = fields.getOrDefault("transformers", "");
        String ids = fields.getOrDefault("ids", "");
        return new Batch(job, seq, index, split(transformers, ","), fields.get("params"), split(ids, "\n"));
    }

    private static String required(String entryId, Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("batch " + entryId + ": field [" + name + "] is missing");
        }
        return value;
    }

    private static List<String> split(String joined, String separator) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator, -1));
    }
}
