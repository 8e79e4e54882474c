package io.defplorex.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JobStatusCodecTest {

    @Test
    void hashFieldsAndFailureLinesBecomeAStatus() {
        Map<String, String> hash = Map.of("index", "defacements", "transformers", "extract,features",
                "state", "running", "documents", "303", "batches", "4", "done_documents", "250",
                "failed_documents", "1", "done_batches", "3", "created", "1000", "started", "1500");

        JobStatus status = JobStatusCodec.decode("j1", hash, List.of("dpx-00042\textract: page is empty"));

        assertThat(status.transformers()).containsExactly("extract", "features");
        assertThat(status.documents()).isEqualTo(303);
        assertThat(status.doneDocuments()).isEqualTo(250);
        assertThat(status.failedDocuments()).isEqualTo(1);
        assertThat(status.finished()).isZero();
        assertThat(status.isFinished()).isFalse();
        assertThat(status.failures()).containsExactly(new Failure("dpx-00042", "extract: page is empty"));
    }
}
