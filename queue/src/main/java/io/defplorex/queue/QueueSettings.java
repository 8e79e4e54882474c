package io.defplorex.queue;

import java.time.Duration;
import java.util.Objects;

/**
 * How the queue behaves.
 *
 * @param prefix         first part of every Redis key, so several deployments can share one Redis
 * @param lease          how long a batch may stay unacknowledged before another worker takes it over
 * @param maxDeliveries  after this many deliveries a batch is dead-lettered: its records are failed with a reason
 */
public record QueueSettings(String prefix, Duration lease, int maxDeliveries) {

    public static final String DEFAULT_PREFIX = "defplorex";

    public QueueSettings {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isBlank() || prefix.contains(" ")) {
            throw new IllegalArgumentException("queue prefix [" + prefix + "] must be a non-empty word");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, got " + lease);
        }
        if (maxDeliveries < 1) {
            throw new IllegalArgumentException("maxDeliveries must be at least 1, got " + maxDeliveries);
        }
    }

    public static QueueSettings defaults(String prefix) {
        return new QueueSettings(prefix, Duration.ofSeconds(120), 3);
    }
}
