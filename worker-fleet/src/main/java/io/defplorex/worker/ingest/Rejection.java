package io.defplorex.worker.ingest;

/** A feed line refused at the edge; {@code id} is empty when the line had none. */
public record Rejection(long line, String id, String reason) {

    @Override
    public String toString() {
        return "line " + line + " (id " + (id == null || id.isEmpty() ? "-" : id) + "): " + reason;
    }
}
