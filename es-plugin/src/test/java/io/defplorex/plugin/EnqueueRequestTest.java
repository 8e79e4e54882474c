package io.defplorex.plugin;

import org.elasticsearch.index.query.QueryBuilders;
import org.elasticsearch.index.query.TermQueryBuilder;
import org.elasticsearch.xcontent.XContentParseException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnqueueRequestTest {

    private static EnqueueRequest parse(String json) throws IOException {
        return EnqueueRequest.parse(Json.parser(json));
    }

    @Test
    void readsEveryField() throws IOException {
        EnqueueRequest request = parse("""
                {"index": "defacements", "transformers": ["extract", "features"], "batch_size": 250,
                 "query": {"term": {"status": "ingested"}}, "params": {"timeout": 30, "nested": {"a": [1, 2]}}}""");

        assertThat(request.index()).isEqualTo("defacements");
        assertThat(request.transformers()).containsExactly("extract", "features");
        assertThat(request.batchSize()).isEqualTo(250);
        assertThat(request.query()).isEqualTo(new TermQueryBuilder("status", "ingested"));
        assertThat(request.queryJson()).isEqualTo("{\"term\":{\"status\":{\"value\":\"ingested\"}}}");
        assertThat(request.paramsJson()).isEqualTo("{\"timeout\":30,\"nested\":{\"a\":[1,2]}}");
    }

    @Test
    void defaultsToEveryRecordInBatchesOfAThousandWithoutParams() throws IOException {
        EnqueueRequest request = parse("{\"index\": \"defacements\", \"transformers\": [\"tag\"]}");

        assertThat(request.batchSize()).isEqualTo(1000);
        assertThat(request.query()).isNull();
        assertThat(request.queryJson()).isNull();
        assertThat(request.paramsJson()).isNull();
    }

    @Test
    void treatsNullAsAbsent() throws IOException {
        EnqueueRequest request = parse("{\"index\": \"d\", \"transformers\": [\"tag\"], \"batch_size\": null}");

        assertThat(request.batchSize()).isEqualTo(1000);
    }

    @Test
    void rejectsBatchSizeOutsideOneToTenThousand() {
        assertThatThrownBy(() -> parse("{\"index\": \"d\", \"transformers\": [\"tag\"], \"batch_size\": 10001}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("[batch_size] must be an integer between 1 and 10000, got [10001]");
        assertThatThrownBy(() -> parse("{\"index\": \"d\", \"transformers\": [\"tag\"], \"batch_size\": 2.5}"))
                .hasMessage("[batch_size] must be an integer between 1 and 10000, got [2.5]");
        assertThatThrownBy(() -> parse("{\"index\": \"d\", \"transformers\": [\"tag\"], \"batch_size\": \"ten\"}"))
                .hasMessage("[batch_size] must be an integer between 1 and 10000, got [ten]");
    }

    @Test
    void requiresIndexAndTransformers() {
        assertThatThrownBy(() -> parse("{\"transformers\": [\"tag\"]}")).hasMessage("[index] is required");
        assertThatThrownBy(() -> parse("{\"index\": \"d\"}")).hasMessage("[transformers] is required");
        assertThatThrownBy(() -> parse("{\"index\": \"d\", \"transformers\": []}"))
                .hasMessage("[transformers] must be a non-empty array of names, got [[]]");
    }

    @Test
    void rejectsTransformerNamesThatCouldNotTravelCommaSeparated() {
        assertThatThrownBy(() -> parse("{\"index\": \"d\", \"transformers\": [\"extract,tag\"]}"))
                .hasMessage("[transformers] must be a name made of letters, digits, '_', '.' or '-' in every item,"
                        + " got [extract,tag]");
        assertThatThrownBy(() -> parse("{\"index\": \"d\", \"transformers\": [\"tag\", \"tag\"]}"))
                .hasMessage("[transformers] must be names without repetition, got [[tag, tag]]");
    }

    @Test
    void rejectsIndexPatterns() {
        assertThatThrownBy(() -> parse("{\"index\": \"def*\", \"transformers\": [\"tag\"]}"))
                .hasMessage("[index] must be the name of one index (no wildcards, commas or spaces), got [def*]");
    }

    @Test
    void rejectsParamsThatAreNotAnObject() {
        assertThatThrownBy(() -> parse("{\"index\": \"d\", \"transformers\": [\"tag\"], \"params\": [1]}"))
                .hasMessage("[params] must be a JSON object, got [[1]]");
    }

    @Test
    void rejectsUnknownFieldsAndQueries() {
        assertThatThrownBy(() -> parse("{\"index\": \"d\", \"transformer\": [\"tag\"]}"))
                .hasMessage("unknown field [transformer], expected one of "
                        + List.of("batch_size", "dry_run", "index", "params", "query", "transformers"));
        assertThatThrownBy(() -> parse("{\"index\": \"d\", \"transformers\": [\"tag\"], \"query\": {\"nope\": {}}}"))
                .hasMessageContaining("unknown query [nope]");
        assertThatThrownBy(() -> parse("{\"index\": \"d\", \"transformers\": [\"tag\"], \"query\": 3}"))
                .hasMessage("[query] must be a Query DSL object or a Lucene query string, got [3]");
        assertThatThrownBy(() -> parse("{\"index\": \"d\", \"transformers\": [\"tag\"], \"dry_run\": \"yes\"}"))
                .hasMessage("[dry_run] must be true or false, got [yes]");
    }

    @Test
    void readsALuceneQueryStringAndDryRun() throws IOException {
        EnqueueRequest request = parse("""
                {"index": "d", "transformers": ["tag"], "query": "attacker:gamma", "dry_run": true}""");

        assertThat(request.query()).isEqualTo(QueryBuilders.queryStringQuery("attacker:gamma"));
        assertThat(request.dryRun()).isTrue();
    }

    @Test
    void batchSizeDefaultsToTheNodeSetting() throws IOException {
        EnqueueRequest request = EnqueueRequest.parse(
                Json.parser("{\"index\": \"d\", \"transformers\": [\"t\"]}"), 250);

        assertThat(request.batchSize()).isEqualTo(250);
        assertThat(request.dryRun()).isFalse();
    }

    @Test
    void rejectsBodiesThatAreNotJsonObjects() {
        assertThatThrownBy(() -> parse("[1]")).hasMessage("request body must be a JSON object");
        assertThatThrownBy(() -> parse("{\"index\": ")).isInstanceOf(XContentParseException.class);
    }
}
