package io.defplorex.queue;

/** Names of the Redis keys of one deployment, as docs/design.md lists them. */
final class QueueKeys {

    static final String GROUP = "workers";

    private final String prefix;

    QueueKeys(String prefix) {
        this.prefix = prefix;
    }

    String batches() {
        return prefix + ":batches";
    }

    String jobs() {
        return prefix + ":jobs";
    }

    String job(String job) {
        return prefix + ":job:" + job;
    }

    String transformers() {
        return prefix + ":transformers";
    }

    String dead() {
        return prefix + ":dead";
    }

    /** Hash of entry ID → reason of the last failed attempt, so a dead-lettered batch can say why. */
    String batchErrors() {
        return prefix + ":batch-errors";
    }

    String failures(String job) {
        return prefix + ":job:" + job + ":failures";
    }
}
