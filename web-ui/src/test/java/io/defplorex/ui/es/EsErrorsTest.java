package io.defplorex.ui.es;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class EsErrorsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void elasticsearchErrorGivesStatusTypeAndRootReason() {
        String body = """
                {"error": {"root_cause": [{"type": "illegal_argument_exception",
                  "reason": "features: [nope] is not a field of index [defacements]"}],
                  "type": "illegal_argument_exception", "reason": "outer"}, "status": 400}
                """;

        assertThat(EsErrors.describe(JSON, 400, body))
                .isEqualTo("400 illegal_argument_exception: features: [nope] is not a field of index [defacements]");
    }

    @Test
    void errorWithoutRootCauseUsesItsOwnReason() {
        String body = "{\"error\":{\"type\":\"index_not_found_exception\",\"reason\":\"no such index [x]\"}}";

        assertThat(EsErrors.describe(JSON, 404, body)).isEqualTo("404 index_not_found_exception: no such index [x]");
    }

    @Test
    void nonJsonAnswerIsQuotedShortened() {
        assertThat(EsErrors.describe(JSON, 502, "<html>\n<b>Bad gateway</b></html>"))
                .isEqualTo("502: <html> <b>Bad gateway</b></html>");
        assertThat(EsErrors.describe(JSON, 500, "")).isEqualTo("500: (empty answer)");
        assertThat(EsErrors.describe(JSON, 500, "x".repeat(400))).hasSize(5 + 300 + 1);
    }

    @Test
    void errorGivenAsPlainStringIsKept() {
        assertThat(EsErrors.describe(JSON, 405, "{\"error\":\"Incorrect HTTP method\",\"status\":405}"))
                .isEqualTo("405: Incorrect HTTP method");
    }
}
