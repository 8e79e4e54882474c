package io.defplorex.worker.transform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs named transformers in order over one record. Each step sees the record with the earlier steps' fields
 * merged in; the result is the union of the steps' fields, the partial update to store.
 */
public final class TransformerChain {

    private final List<Transformer> steps;

    TransformerChain(List<Transformer> steps) {
        this.steps = List.copyOf(steps);
    }

    public List<Transformer> steps() {
        return steps;
    }

    /** Applies every step; a failing step stops the chain with a {@link ChainFailure} naming it. */
    public Map<String, Object> apply(Map<String, Object> record, TransformContext context) throws ChainFailure {
        try {
            return applySteps(record, context);
        } finally {
            Mirrors.forget();
        }
    }

    private Map<String, Object> applySteps(Map<String, Object> record, TransformContext context) throws ChainFailure {
        Map<String, Object> current = new LinkedHashMap<>(record);
        Map<String, Object> update = new LinkedHashMap<>();
        for (Transformer step : steps) {
            Map<String, Object> partial;
            try {
                partial = step.apply(current, context);
            } catch (TransformException e) {
                throw new ChainFailure(step.name() + ": " + e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                throw new ChainFailure(step.name() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            Partials.merge(current, partial);
            Partials.merge(update, partial);
        }
        return update;
    }

    /** A record failed one step; the message is {@code <transformer>: <reason>}. */
    public static final class ChainFailure extends Exception {

        public ChainFailure(String message) {
            super(message, null, false, false);
        }
    }
}
