package io.defplorex.worker.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class AutoscalerTest {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(30);
    private final Autoscaler scaler = new Autoscaler(2, 8, KEEP_ALIVE);

    @Test
    void growsAtOnceToCoverTheWaitingBatchesWhenEveryThreadIsBusy() {
        assertThat(scaler.next(2, 2, 3, Duration.ZERO)).isEqualTo(5);
    }

    @Test
    void growsNoFurtherThanMax() {
        assertThat(scaler.next(4, 4, 100, Duration.ZERO)).isEqualTo(8);
    }

    @Test
    void keepsItsSizeWhenFreeThreadsCanTakeWhatWaits() {
        assertThat(scaler.next(4, 2, 2, Duration.ZERO)).isEqualTo(4);
    }

    @Test
    void keepsIdleThreadsUntilTheKeepAliveHasPassed() {
        assertThat(scaler.next(5, 1, 0, Duration.ofSeconds(29))).isEqualTo(5);
    }

    @Test
    void shrinksByOneThreadAfterTheKeepAlive() {
        assertThat(scaler.next(5, 1, 0, Duration.ofSeconds(30))).isEqualTo(4);
    }

    @Test
    void neverShrinksBelowMin() {
        assertThat(scaler.next(2, 0, 0, Duration.ofHours(1))).isEqualTo(2);
    }

    @Test
    void doesNotShrinkWhileEveryThreadIsBusy() {
        assertThat(scaler.next(5, 5, 0, Duration.ofHours(1))).isEqualTo(5);
    }

    @Test
    void fixedConcurrencyNeverMoves() {
        Autoscaler fixed = new Autoscaler(3, 3, KEEP_ALIVE);

        assertThat(fixed.next(3, 3, 50, Duration.ZERO)).isEqualTo(3);
        assertThat(fixed.next(3, 0, 0, Duration.ofHours(1))).isEqualTo(3);
    }

    @Test
    void minAboveMaxIsRefusedWithTheValues() {
        assertThatThrownBy(() -> new Autoscaler(4, 2, KEEP_ALIVE))
                .hasMessage("--concurrency must be min,max with 1 <= min <= max, got 4,2");
    }
}
