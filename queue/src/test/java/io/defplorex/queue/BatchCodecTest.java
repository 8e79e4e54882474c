package io.defplorex.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BatchCodecTest {

    @Test
    void batchSurvivesTheRoundTripThroughStreamFields() {
        Batch batch = new Batch("j1", 7, "defacements", List.of("extract", "features"), "{\"tag\":\"x\"}",
                List.of("dpx-00001", "dpx-00002"));

        Map<String, String> fields = BatchCodec.encode(batch);

        assertThat(fields).containsEntry("ids", "dpx-00001\ndpx-00002").containsEntry("transformers", "extract,features");
        assertThat(BatchCodec.decode("1-0", fields)).isEqualTo(batch);
    }

    @Test
    void emptyParamsBecomeAnEmptyObject() {
        assertThat(new Batch("j1", 0, "i", List.of("tag"), null, List.of("a")).paramsJson()).isEqualTo("{}");
    }

    @Test
    void missingFieldIsNamedInTheError() {
        assertThatThrownBy(() -> BatchCodec.decode("5-1", Map.of("job", "j1", "seq", "0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batch 5-1: field [index] is missing");
    }

    @Test
    void nonNumericSequenceIsRejected() {
        assertThatThrownBy(() -> BatchCodec.decode("5-1", Map.of("job", "j1", "seq", "x", "index", "i")))
                .hasMessage("batch 5-1: field [seq] is not a number: x");
    }

    @Test
    void recordIdWithNewlineIsRefused() {
        assertThatThrownBy(() -> new Batch("j1", 0, "i", List.of(), "{}", List.of("a\nb")))
                .hasMessage("record id [a\\nb] contains a newline");
    }
}
