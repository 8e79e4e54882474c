package io.defplorex.plugin;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeatureFieldsTest {

    private final FeatureFields fields = new FeatureFields(
            "defacements", Set.of("img", "script"), Set.of("avg_color"), Set.of("img"));

    @Test
    void numericFeaturePivotsOnItsBin() {
        assertThat(Pivot.of("img", fields)).isEqualTo(new Pivot("img", "bins.img"));
    }

    @Test
    void keywordFeaturePivotsOnItsValue() {
        assertThat(Pivot.of("avg_color", fields)).isEqualTo(new Pivot("avg_color", "features.avg_color"));
    }

    @Test
    void numericFeatureWithoutBinsAsksForTheQuantizeTransformer() {
        assertThatThrownBy(() -> Pivot.of("script", fields))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("[features] feature [script] of index [defacements] is numeric but [bins.script] is not"
                        + " mapped: run the quantize transformer first");
    }

    @Test
    void unknownFeatureNamesTheFieldAndTheKnownFeatures() {
        assertThatThrownBy(() -> Pivot.of("iframe", fields))
                .hasMessage("[features] unknown feature [iframe]: [features.iframe] of index [defacements] is not"
                        + " mapped; numeric features: [img, script], keyword features: [avg_color]");
    }

    @Test
    void percentilesMeasureOnlyNumericFeatures() {
        assertThat(fields.numericField("script")).isEqualTo("features.script");
        assertThatThrownBy(() -> fields.numericField("avg_color"))
                .hasMessageStartingWith("[features] unknown feature [avg_color]: [features.avg_color] of index"
                        + " [defacements] is a keyword, not a number");
    }
}
