package io.defplorex.ui.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class JobsTest {

    private static JobStatus job(String id, String index) {
        return new JobStatus(id, index, List.of("render"), "queued", 1, 0, 0, 0, null, List.of());
    }

    @Test
    void indexFilterKeepsTheNewestJobsOfThatIndexUpToTheLimitAndNullKeepsAll() {
        List<JobStatus> newestFirst = List.of(job("j4", "a"), job("j3", "b"), job("j2", "a"), job("j1", "a"));

        assertThat(Jobs.ofIndex(newestFirst, "a", 2)).extracting(JobStatus::job).containsExactly("j4", "j2");
        assertThat(Jobs.ofIndex(newestFirst, "c", 2)).isEmpty();
        assertThat(Jobs.ofIndex(newestFirst, null, 3)).extracting(JobStatus::job).containsExactly("j4", "j3", "j2");
    }
}
