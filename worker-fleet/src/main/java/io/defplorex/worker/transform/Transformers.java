package io.defplorex.worker.transform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registry of transformers by name; builds the chain a batch asks for. */
public final class Transformers {

    private final Map<String, Transformer> byName = new LinkedHashMap<>();

    /** The built-in transformers: extract, features, quantize, tag. */
    public static Transformers standard() {
        return new Transformers().register(new ExtractTransformer()).register(new FeaturesTransformer())
                .register(new QuantizeTransformer()).register(new TagTransformer());
    }

    public Transformers register(Transformer t) {
        byName.put(t.name(), t);
        return this;
    }

    /** The names this registry can run, in registration order (what a worker publishes). */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /**
     * The chain for {@code names}, in that order.
     *
     * @throws IllegalArgumentException naming the first unknown transformer
     */
    public TransformerChain chain(List<String> names) {
        List<Transformer> steps = new ArrayList<>();
        for (String name : names) {
            Transformer t = byName.get(name.strip());
            if (t == null) {
                throw new IllegalArgumentException("unknown transformer '" + name + "', known: " + byName.keySet());
            }
            steps.add(t);
        }
        return new TransformerChain(steps);
    }
}
