package io.defplorex.worker.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each step of rendering (navigate, wait for load, screenshot, palette…), summed over every render
 * of a transformer, so a benchmark can tell where a page's time goes: wall time, and CPU time of the Java thread
 * (the part of a step spent in the worker rather than waiting for Chromium).
 */
public final class RenderSteps {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, LongAdder> wall = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> cpu = new ConcurrentHashMap<>();

    /** The clock of the calling thread at the start of a step. */
    Mark start() {
        return new Mark(System.nanoTime(), THREADS.getCurrentThreadCpuTime());
    }

    /** Adds the time since {@code from} to {@code step} and returns the start of the next step. */
    Mark lap(String step, Mark from) {
        Mark now = start();
        wall.computeIfAbsent(step, s -> new LongAdder()).add(now.wall() - from.wall());
        cpu.computeIfAbsent(step, s -> new LongAdder()).add(now.cpu() - from.cpu());
        return now;
    }

    record Mark(long wall, long cpu) {
    }

    /** Milliseconds spent in each step so far. */
    public Totals totals() {
        return new Totals(millis(wall), millis(cpu));
    }

    private static Map<String, Double> millis(Map<String, LongAdder> nanos) {
        Map<String, Double> out = new TreeMap<>();
        nanos.forEach((step, n) -> out.put(step, n.sum() / 1e6));
        return out;
    }

    /** Wall and Java-thread CPU milliseconds by step name. */
    public record Totals(Map<String, Double> wallMillis, Map<String, Double> cpuMillis) {

        /** What was spent since {@code earlier}. */
        public Totals minus(Totals earlier) {
            return new Totals(minus(wallMillis, earlier.wallMillis), minus(cpuMillis, earlier.cpuMillis));
        }

        private static Map<String, Double> minus(Map<String, Double> a, Map<String, Double> b) {
            Map<String, Double> out = new TreeMap<>(a);
            b.forEach((step, ms) -> out.merge(step, -ms, Double::sum));
            return out;
        }
    }
}
