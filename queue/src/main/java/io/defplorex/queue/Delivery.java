package io.defplorex.queue;

/**
 * A batch handed to one worker. The worker must {@link BatchQueue#ack ack} it once its updates are
 * written; until then the batch stays pending and is handed to another worker when the lease runs out.
 *
 * @param id         the stream entry ID, needed to renew and acknowledge
 * @param batch      the batch itself
 * @param deliveries how many times this batch has been handed out, this time included
 */
public record Delivery(String id, Batch batch, long deliveries) {
}
