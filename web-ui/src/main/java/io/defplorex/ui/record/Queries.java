package io.defplorex.ui.record;

import java.util.Collection;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Query DSL objects the views send: the analyst's Lucene query string, or a list of record IDs. */
public final class Queries {

    private Queries() {
    }

    /** {@code query_string} of {@code text}, or {@code match_all} when it is blank. */
    public static ObjectNode lucene(String text) {
        ObjectNode query = JsonNodeFactory.instance.objectNode();
        if (text == null || text.isBlank()) {
            query.putObject("match_all");
        } else {
            query.putObject("query_string").put("query", text.strip());
        }
        return query;
    }

    /** {@code ids} selecting exactly these records. */
    public static ObjectNode ids(Collection<String> ids) {
        ObjectNode query = JsonNodeFactory.instance.objectNode();
        ids.forEach(query.putObject("ids").putArray("values")::add);
        return query;
    }
}
