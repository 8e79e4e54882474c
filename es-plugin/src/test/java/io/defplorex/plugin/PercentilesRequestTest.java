package io.defplorex.plugin;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentilesRequestTest {

    private static PercentilesRequest parse(String json) throws IOException {
        return PercentilesRequest.parse(Json.parser(json));
    }

    @Test
    void defaultsToQuartilesOfEveryNumericFeature() throws IOException {
        PercentilesRequest request = parse("{\"index\": \"defacements\"}");

        assertThat(request.features()).isNull();
        assertThat(request.percents()).containsExactly(25.0, 50.0, 75.0);
        assertThat(request.query()).isNull();
    }

    @Test
    void readsFeaturesAndPercents() throws IOException {
        PercentilesRequest request = parse(
                "{\"index\": \"d\", \"features\": [\"img\", \"script\"], \"percents\": [10, 90]}");

        assertThat(request.features()).containsExactly("img", "script");
        assertThat(request.percents()).containsExactly(10.0, 90.0);
    }

    @Test
    void rejectsPercentsThatAreNotAscendingWithinZeroToHundred() {
        assertThatThrownBy(() -> parse("{\"index\": \"d\", \"percents\": [50, 25]}"))
                .hasMessage("[percents] must be strictly ascending numbers between 0 and 100, got [[50.0, 25.0]]");
        assertThatThrownBy(() -> parse("{\"index\": \"d\", \"percents\": [50, 50]}"))
                .hasMessage("[percents] must be strictly ascending numbers between 0 and 100, got [[50.0, 50.0]]");
        assertThatThrownBy(() -> parse("{\"index\": \"d\", \"percents\": [101]}"))
                .hasMessage("[percents] must be strictly ascending numbers between 0 and 100, got [[101.0]]");
        assertThatThrownBy(() -> parse("{\"index\": \"d\", \"percents\": [\"half\"]}"))
                .hasMessage("[percents] must be a number in every item, got [half]");
    }

    @Test
    void rejectsEmptyFeatureList() {
        assertThatThrownBy(() -> parse("{\"index\": \"d\", \"features\": []}"))
                .hasMessage("[features] must be a non-empty array of names, got [[]]");
    }
}
