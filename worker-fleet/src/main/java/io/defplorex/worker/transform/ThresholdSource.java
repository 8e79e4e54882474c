package io.defplorex.worker.transform;

import java.util.Optional;

/** Where thresholds come from: the {@code defplorex-thresholds} index in production, a map in tests. */
public interface ThresholdSource {

    Optional<Thresholds> latest(String index) throws TransformException;

    Optional<Thresholds> version(String index, int version) throws TransformException;
}
