package io.defplorex.plugin;

import org.elasticsearch.index.query.RangeQueryBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterRequestTest {

    private static ClusterRequest parse(String json) throws IOException {
        return ClusterRequest.parse(Json.parser(json));
    }

    @Test
    void defaultsToFiftyClustersOfAnySize() throws IOException {
        ClusterRequest request = parse("{\"index\": \"defacements\", \"features\": [\"img\", \"avg_color\"]}");

        assertThat(request.features()).containsExactly("img", "avg_color");
        assertThat(request.minSize()).isEqualTo(1);
        assertThat(request.size()).isEqualTo(50);
        assertThat(request.query()).isNull();
    }

    @Test
    void readsQueryMinSizeAndSize() throws IOException {
        ClusterRequest request = parse("""
                {"index": "d", "features": ["img"], "min_size": 3, "size": 10,
                 "query": {"range": {"timestamp": {"gte": "2020-01-01"}}}}""");

        assertThat(request.minSize()).isEqualTo(3);
        assertThat(request.size()).isEqualTo(10);
        assertThat(request.query()).isEqualTo(new RangeQueryBuilder("timestamp").gte("2020-01-01"));
    }

    @Test
    void requiresFeatures() {
        assertThatThrownBy(() -> parse("{\"index\": \"d\"}")).hasMessage("[features] is required");
    }

    @Test
    void rejectsSizesOutOfRange() {
        assertThatThrownBy(() -> parse("{\"index\": \"d\", \"features\": [\"img\"], \"size\": 0}"))
                .hasMessage("[size] must be an integer between 1 and 1000, got [0]");
        assertThatThrownBy(() -> parse("{\"index\": \"d\", \"features\": [\"img\"], \"min_size\": 0}"))
                .hasMessage("[min_size] must be an integer between 1 and 2147483647, got [0]");
    }
}
