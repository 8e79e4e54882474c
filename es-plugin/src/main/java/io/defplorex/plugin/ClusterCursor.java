package io.defplorex.plugin;

import org.elasticsearch.common.Strings;
import org.elasticsearch.xcontent.XContentBuilder;
import org.elasticsearch.xcontent.XContentParser;
import org.elasticsearch.xcontent.XContentParserConfiguration;
import org.elasticsearch.xcontent.json.JsonXContent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The place after the last cluster of an answer, handed back as {@code after} to get the next page. It carries the
 * sort, the size and start of that cluster and its key values, as base64url JSON; since the cluster order is total,
 * the next page starts exactly after it whatever the number of calls.
 *
 * @param start epoch millis of the cluster's first record ({@link Long#MAX_VALUE} when none has a timestamp)
 */
record ClusterCursor(ClusterSort sort, long size, long start, List<Object> values) {

    static ClusterCursor after(ClusterSort sort, ClusterKey.Sized last) {
        return new ClusterCursor(sort, last.size(), last.start(), last.key().values());
    }

    /** The position of this cursor in the order of clusters pivoted on {@code pivots}. */
    ClusterKey.Sized position(List<Pivot> pivots) {
        return new ClusterKey.Sized(new ClusterKey(pivots, values), size, start);
    }

    String encode() {
        try (XContentBuilder json = JsonXContent.contentBuilder()) {
            json.startArray().value(sort.sortName()).value(size).value(start);
            for (Object value : values) {
                json.value(value);
            }
            json.endArray();
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(Strings.toString(json).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the {@code next} cursor of a previous answer.
     *
     * @throws IllegalArgumentException naming {@code after} when it is not a cursor of the same sort and pivot count
     */
    static ClusterCursor decode(String text, ClusterSort sort, int pivots) {
        List<Object> items;
        try {
            String json = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            try (XContentParser parser = JsonXContent.jsonXContent.createParser(XContentParserConfiguration.EMPTY,
                    json)) {
                items = parser.list();
            }
        } catch (IOException | RuntimeException e) {
            throw invalid(text);
        }
        boolean shaped = items.size() == pivots + 3
                && sort.sortName().equals(items.get(0))
                && items.get(1) instanceof Number
                && items.get(2) instanceof Number
                && items.subList(3, items.size()).stream().allMatch(v -> v instanceof Number || v instanceof String);
        if (shaped == false) {
            throw invalid(text);
        }
        return new ClusterCursor(sort, ((Number) items.get(1)).longValue(), ((Number) items.get(2)).longValue(),
                new ArrayList<>(items.subList(3, items.size())));
    }

    private static IllegalArgumentException invalid(String text) {
        return RequestBody.invalid("after", text,
                "the [next] cursor of a previous answer with the same features and sort");
    }
}
