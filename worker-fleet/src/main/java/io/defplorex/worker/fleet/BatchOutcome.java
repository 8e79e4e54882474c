package io.defplorex.worker.fleet;

import java.util.List;

import io.defplorex.queue.Failure;

/** What processing one batch gave: records written as ok, and the records that failed with their reasons. */
record BatchOutcome(long done, List<Failure> failures) {
}
