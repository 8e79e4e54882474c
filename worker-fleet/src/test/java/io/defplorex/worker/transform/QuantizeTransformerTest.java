package io.defplorex.worker.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class QuantizeTransformerTest {

    private final Map<Integer, Thresholds> versions = Map.of(
            1, new Thresholds("idx", 1, Map.of("n_img", List.of(1.0, 2.0, 5.0))),
            2, new Thresholds("idx", 2, Map.of("n_img", List.of(0.0, 0.0, 3.0), "n_script", List.of(1.0, 1.0, 1.0))));

    private final ThresholdSource source = new ThresholdSource() {
        @Override
        public Optional<Thresholds> latest(String index) {
            return Optional.of(versions.get(2));
        }

        @Override
        public Optional<Thresholds> version(String index, int version) {
            return Optional.ofNullable(versions.get(version));
        }
    };

    private Map<String, Object> quantize(Map<String, Object> features, Map<String, Object> params) throws Exception {
        TransformContext context = new TransformContext("j", "idx", params, source);
        return new QuantizeTransformer().apply(Map.of("features", features), context);
    }

    @Test
    void binIsTheNumberOfThresholdsTheValueExceeds() {
        List<Double> t = List.of(1.0, 2.0, 5.0);

        assertThat(Thresholds.bin(0.0, t)).isEqualTo(0);
        assertThat(Thresholds.bin(1.0, t)).isEqualTo(0); // equal to t1 is not above it
        assertThat(Thresholds.bin(1.5, t)).isEqualTo(1);
        assertThat(Thresholds.bin(5.0, t)).isEqualTo(2);
        assertThat(Thresholds.bin(5.1, t)).isEqualTo(3);
        assertThat(Thresholds.bin(1.0, List.of(0.0, 0.0, 0.0))).isEqualTo(3);
    }

    @Test
    void usesTheLatestThresholdsWhenNoVersionIsGiven() throws Exception {
        Map<String, Object> out = quantize(Map.of("n_img", 1.0, "n_script", 0.0, "avg_color", "#000000"), Map.of());

        assertThat(out).isEqualTo(Map.of("bins", Map.of("n_img", 2, "n_script", 0), "thresholds_version", 2));
    }

    @Test
    void usesTheVersionGivenInParamsAndSkipsFeaturesWithoutThresholds() throws Exception {
        Map<String, Object> out = quantize(Map.of("n_img", 1.0, "n_script", 4.0), Map.of("thresholds_version", 1));

        assertThat(out).isEqualTo(Map.of("bins", Map.of("n_img", 0), "thresholds_version", 1));
    }

    @Test
    void failsWithAnUnknownVersionOrNoFeatures() {
        assertThatThrownBy(() -> quantize(Map.of("n_img", 1.0), Map.of("thresholds_version", 9)))
                .hasMessage("no thresholds version 9 for index idx");
        assertThatThrownBy(() -> new QuantizeTransformer().apply(Map.of(), new TransformContext("j", "idx",
                Map.of(), source))).hasMessage("record has no features (run the features transformer first)");
    }
}
