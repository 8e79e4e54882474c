package io.defplorex.worker.fleet;

import java.time.Duration;

/**
 * Decides how many worker threads the fleet should run, like {@code celery worker --autoscale max,min}: grow at
 * once to cover the waiting batches when every thread is busy, shrink by one thread at a time once threads have
 * sat idle with an empty queue for {@code keepAlive}. Pure logic, so each decision can be tested on its own.
 */
record Autoscaler(int min, int max, Duration keepAlive) {

    Autoscaler {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("--concurrency must be min,max with 1 <= min <= max, got " + min
                    + "," + max);
        }
    }

    /**
     * The number of threads to run next.
     *
     * @param threads threads running now
     * @param busy    threads holding a batch now
     * @param waiting batches in the queue that no worker holds
     * @param idleFor how long the fleet has had idle threads and nothing waiting
     */
    int next(int threads, int busy, long waiting, Duration idleFor) {
        if (threads < min) {
            return min;
        }
        if (threads > max) {
            return max;
        }
        int free = threads - busy;
        if (waiting > free) {
            return (int) Math.min(max, busy + waiting);
        }
        if (waiting == 0 && free > 0 && idleFor.compareTo(keepAlive) >= 0) {
            return Math.max(min, threads - 1);
        }
        return threads;
    }
}
