package io.defplorex.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class JobIdsTest {

    @Test
    void jobIdCarriesTheUtcCreationTime() {
        assertThat(JobIds.next(Instant.parse("2026-12-03T17:15:00Z"))).matches("j20261203-171500-[0-9a-z]{6}");
    }
}
