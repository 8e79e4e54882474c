package io.defplorex.ui.cluster;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import tools.jackson.databind.JsonNode;

/** Reads the timestamps Elasticsearch hands back: ISO-8601 strings or epoch milliseconds. */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * @param node  a string or number node; missing or null gives null
     * @param field where the value came from, named in the error
     * @throws IllegalArgumentException when the value is neither an ISO-8601 date nor a number
     */
    public static Instant read(JsonNode node, String field) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return Instant.ofEpochMilli(node.asLong());
        }
        String text = node.asString();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(text));
            } catch (NumberFormatException notMillis) {
                throw new IllegalArgumentException(field + ": '" + text + "' is not an ISO-8601 date", e);
            }
        }
    }
}
