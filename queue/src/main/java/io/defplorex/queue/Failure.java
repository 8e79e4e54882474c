package io.defplorex.queue;

/** A record that a worker could not transform, and why. */
public record Failure(String id, String reason) {
}
