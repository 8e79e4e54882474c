package io.defplorex.ui.es;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Turns an Elasticsearch error answer into one readable line: {@code 400 illegal_argument_exception: reason}. */
public final class EsErrors {

    private static final int MAX_RAW_BODY = 300;

    private EsErrors() {
    }

    /**
     * Describes a failed request.
     *
     * @param json   the mapper to read the body with
     * @param status the HTTP status Elasticsearch answered with
     * @param body   the answer's body, in Elasticsearch's error format or anything else
     * @return the status, then the error type and the most specific reason found
     */
    public static String describe(ObjectMapper json, int status, String body) {
        JsonNode error;
        try {
            error = json.readTree(body == null ? "" : body).path("error");
        } catch (JacksonException e) {
            error = null;
        }
        if (error == null || error.isMissingNode() || error.isNull()) {
            return status + ": " + abbreviate(body);
        }
        if (error.isString()) {
            return status + ": " + error.stringValue();
        }

        JsonNode cause = error.path("root_cause").path(0);
        JsonNode source = cause.hasNonNull("reason") ? cause : error;
        String type = source.path("type").asString("");
        String reason = source.path("reason").asString("");
        if (!error.path("caused_by").path("reason").isMissingNode() && reason.isEmpty()) {
            reason = error.path("caused_by").path("reason").asString("");
        }
        return status + " " + type + ": " + reason;
    }

    private static String abbreviate(String body) {
        if (body == null || body.isBlank()) {
            return "(empty answer)";
        }
        String line = body.strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_RAW_BODY ? line : line.substring(0, MAX_RAW_BODY) + "…";
    }
}
