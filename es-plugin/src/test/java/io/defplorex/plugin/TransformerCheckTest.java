package io.defplorex.plugin;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransformerCheckTest {

    @Test
    void refusesEveryNameWhenNoWorkerPublishedAny() {
        assertThatThrownBy(() -> EnqueueAction.checkTransformers(List.of("tag"), Set.of()))
                .hasMessage("[transformers] no worker has published its transformers yet: start a worker");
    }

    @Test
    void refusesTheFirstNameNotPublished() {
        assertThatThrownBy(() -> EnqueueAction.checkTransformers(List.of("tag", "paint"), Set.of("tag", "extract")))
                .hasMessage("[transformers] unknown transformer [paint]: the workers run [extract, tag]");
    }

    @Test
    void acceptsPublishedNames() {
        assertThatCode(() -> EnqueueAction.checkTransformers(List.of("tag"), Set.of("tag", "extract")))
                .doesNotThrowAnyException();
    }
}
