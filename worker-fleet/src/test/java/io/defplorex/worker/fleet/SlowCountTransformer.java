package io.defplorex.worker.fleet;

import java.util.Map;

import io.defplorex.worker.transform.TransformContext;
import io.defplorex.worker.transform.Transformer;

/**
 * Test-only transformer: takes 300 ms a record, so a batch can be killed in the middle, and writes
 * {@code runs} = the stored value + 1, so a record processed twice shows 2.
 */
public final class SlowCountTransformer implements Transformer {

    @Override
    public String name() {
        return "slow-count";
    }

    @Override
    public Map<String, Object> apply(Map<String, Object> record, TransformContext context) {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int runs = record.get("runs") instanceof Number n ? n.intValue() : 0;
        return Map.of("runs", runs + 1);
    }
}
