package io.defplorex.worker.transform;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a transformer may know beyond the record: the job, the index, the job's parameters and the thresholds.
 * One context serves one batch, so thresholds are read once per batch and version.
 */
public final class TransformContext {

    private final String job;
    private final String index;
    private final Map<String, Object> params;
    private final ThresholdSource thresholds;
    private final Map<Integer, Thresholds> byVersion = new HashMap<>();
    private Thresholds latest;

    public TransformContext(String job, String index, Map<String, Object> params, ThresholdSource thresholds) {
        this.job = job;
        this.index = index;
        this.params = Map.copyOf(params);
        this.thresholds = thresholds;
    }

    public String job() {
        return job;
    }

    public String index() {
        return index;
    }

    public Optional<Object> param(String name) {
        return Optional.ofNullable(params.get(name));
    }

    /** The thresholds of {@code version}, or the newest of the index when {@code version} is null. */
    public synchronized Thresholds thresholds(Integer version) throws TransformException {
        if (version == null) {
            if (latest == null) {
                latest = thresholds.latest(index).orElseThrow(() -> new TransformException(
                        "no thresholds for index " + index + " (compute them with _defplorex/percentiles)"));
            }
            return latest;
        }
        Thresholds found = byVersion.get(version);
        if (found == null) {
            found = thresholds.version(index, version).orElseThrow(() -> new TransformException(
                    "no thresholds version " + version + " for index " + index));
            byVersion.put(version, found);
        }
        return found;
    }
}
