package io.defplorex.queue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads a job's Redis hash and failure lines into a {@link JobStatus}. */
final class JobStatusCodec {

    private JobStatusCodec() {
    }

    static JobStatus decode(String job, Map<String, String> hash, List<String> failureLines) {
        String transformers = hash.getOrDefault("transformers", "");
        return new JobStatus(
                job,
                hash.getOrDefault("index", ""),
                transformers.isEmpty() ? List.of() : Arrays.asList(transformers.split(",")),
                hash.getOrDefault("query", ""),
                hash.getOrDefault("params", "{}"),
                hash.getOrDefault("state", "unknown"),
                hash.get("error"),
                number(hash, "documents"),
                number(hash, "batches"),
                number(hash, "done_documents"),
                number(hash, "failed_documents"),
                number(hash, "done_batches"),
                number(hash, "created"),
                number(hash, "started"),
                number(hash, "finished"),
                failureLines.stream().map(JobStatusCodec::failure).toList());
    }

    private static long number(Map<String, String> hash, String field) {
        String value = hash.get(field);
        try {
            return value == null || value.isEmpty() ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Failure failure(String line) {
        int tab = line.indexOf('\t');
        return tab < 0 ? new Failure(line, "") : new Failure(line.substring(0, tab), line.substring(tab + 1));
    }
}
