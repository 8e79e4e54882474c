package io.defplorex.worker.transform;

import java.util.Map;

/**
 * One step of the processing chain. It reads the record (with the output of earlier steps merged in) and
 * returns only the fields it sets, which the worker merges into the stored record as a partial update.
 * Implementations are stateless and shared by all worker threads.
 */
public interface Transformer {

    /** The stable name used in jobs and batches, e.g. {@code extract}. */
    String name();

    /**
     * Computes this step's fields for one record.
     *
     * @param record the record's source, never modified
     * @throws TransformException when the record cannot be processed; the message is the reason
     */
    Map<String, Object> apply(Map<String, Object> record, TransformContext context) throws TransformException;
}
