package io.defplorex.ui.view;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import io.defplorex.ui.es.EsException;

/**
 * Runs two independent Elasticsearch calls of a view side by side (the first on a virtual thread, the second on
 * the caller's), so a view waits for the slower one instead of their sum. Neither may touch Vaadin components.
 */
final class Parallel {

    /** What a call gave: its value, or the exception it threw. */
    record Outcome<T>(T value, RuntimeException error) {

        /** The value; rethrows the call's exception. */
        T get() {
            if (error != null) {
                throw error;
            }
            return value;
        }
    }

    record Both<A, B>(Outcome<A> first, Outcome<B> second) {
    }

    private Parallel() {
    }

    static <A, B> Both<A, B> both(Supplier<A> first, Supplier<B> second) {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Outcome<A>> a = pool.submit(() -> outcome(first));
            Outcome<B> b = outcome(second);
            return new Both<>(a.get(), b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EsException("interrupted while waiting for Elasticsearch", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("parallel call failed: " + e.getCause(), e.getCause());
        }
    }

    private static <T> Outcome<T> outcome(Supplier<T> call) {
        try {
            return new Outcome<>(call.get(), null);
        } catch (RuntimeException e) {
            return new Outcome<>(null, e);
        }
    }
}
