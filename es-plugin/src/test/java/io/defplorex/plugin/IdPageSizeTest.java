package io.defplorex.plugin;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IdPageSizeTest {

    @Test
    void fetchesTheLargestMultipleOfTheBatchSizeWithinTenThousandIds() {
        assertThat(pageFor(1000)).isEqualTo(10_000);
        assertThat(pageFor(25)).isEqualTo(10_000);
        assertThat(pageFor(3000)).isEqualTo(9000);
        assertThat(pageFor(7)).isEqualTo(9996);
    }

    @Test
    void fetchesOneBatchAPageWhenABatchFillsAPage() {
        assertThat(pageFor(10_000)).isEqualTo(10_000);
        assertThat(pageFor(6000)).isEqualTo(6000);
    }

    private static int pageFor(int batchSize) {
        return new EnqueueRequest("records", null, null, List.of("tag"), batchSize, null, false).idPageSize();
    }
}
