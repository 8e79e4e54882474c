package io.defplorex.worker.render;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Samples the CPU time and resident memory of this JVM and all its descendants (Playwright's Node drivers,
 * Chromium and its renderers) from {@code /proc}, on its own thread, until closed. The sampler's own CPU is
 * measured apart and left out of the tree's total. A render slot is one child of the JVM (a driver) with its
 * descendants (its Chromium). Memory is reported as resident sets (summed, so pages Chromium's processes share
 * count once in each) and as proportional sets (shared pages split among their sharers).
 */
final class ProcessTreeMeter implements AutoCloseable {

    private static final long PAGE_BYTES = 4096;
    private static final int PSS_EVERY = 10;
    private static final double TICKS_PER_SECOND = 100; // USER_HZ, fixed at 100 on Linux for /proc

    private final long self = ProcessHandle.current().pid();
    private final CpuAccount cpu = new CpuAccount();
    private final Thread thread;
    private final long periodMillis;
    private volatile long samplerNanos;
    private long peakTotalPages;
    private long peakJvmPages;
    private long peakSlotPages;
    private long peakTotalPssKb;
    private long peakSlotPssKb;
    private int samples;

    ProcessTreeMeter(long periodMillis) {
        this.periodMillis = periodMillis;
        sample();
        thread = new Thread(this::run, "process-tree-meter");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        while (!Thread.currentThread().isInterrupted()) {
            sample();
            samplerNanos = mx.getCurrentThreadCpuTime();
            try {
                Thread.sleep(periodMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void sample() {
        List<CpuAccount.Proc> tree = new ArrayList<>();
        read(self).ifPresent(tree::add);
        ProcessHandle.current().descendants().forEach(p -> read(p.pid()).ifPresent(tree::add));
        cpu.sample(tree);

        Map<Long, Long> parentOf = new HashMap<>();
        tree.forEach(p -> parentOf.put(p.pid(), p.ppid()));
        boolean pss = samples++ % PSS_EVERY == 0; // smaps_rollup walks page tables: read it less often
        Map<Long, Long> slotPages = new HashMap<>();
        Map<Long, Long> slotPss = new HashMap<>();
        long total = 0;
        long totalPss = 0;
        for (CpuAccount.Proc p : tree) {
            total += p.rssPages();
            long kb = pss ? pssKb(p.pid()) : 0;
            totalPss += kb;
            long slot = p.pid();
            while (parentOf.containsKey(slot) && parentOf.get(slot) != self && slot != self) {
                slot = parentOf.get(slot);
            }
            if (slot != self) {
                slotPages.merge(slot, p.rssPages(), Long::sum);
                slotPss.merge(slot, kb, Long::sum);
            } else {
                peakJvmPages = Math.max(peakJvmPages, p.rssPages());
            }
        }
        peakTotalPages = Math.max(peakTotalPages, total);
        peakTotalPssKb = Math.max(peakTotalPssKb, totalPss);
        slotPages.values().forEach(pages -> peakSlotPages = Math.max(peakSlotPages, pages));
        slotPss.values().forEach(kb -> peakSlotPssKb = Math.max(peakSlotPssKb, kb));
    }

    /** Proportional set size: shared pages split among the processes sharing them, so sums do not overcount. */
    private static long pssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended meanwhile
        }
        return 0;
    }

    /** Takes a last sample and stops the sampler thread. */
    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join();
        sample();
    }

    /** CPU seconds of the whole tree, the sampler's own excluded. */
    synchronized double cpuSeconds() {
        return cpu.ticks() / TICKS_PER_SECOND - samplerNanos / 1e9;
    }

    double samplerCpuSeconds() {
        return samplerNanos / 1e9;
    }

    /** Peak resident memory, MB, of the JVM with all its descendants. */
    synchronized long peakTotalMb() {
        return peakTotalPages * PAGE_BYTES >> 20;
    }

    /** Peak resident memory, MB, of the JVM alone. */
    synchronized long peakJvmMb() {
        return peakJvmPages * PAGE_BYTES >> 20;
    }

    /** Peak resident memory, MB, of the largest render slot (Node driver + Chromium with its renderers). */
    synchronized long peakSlotMb() {
        return peakSlotPages * PAGE_BYTES >> 20;
    }

    /** Peak proportional memory, MB, of the JVM with all its descendants (read every tenth sample). */
    synchronized long peakTotalPssMb() {
        return peakTotalPssKb >> 10;
    }

    /** Peak proportional memory, MB, of the largest render slot: what one more slot really adds. */
    synchronized long peakSlotPssMb() {
        return peakSlotPssKb >> 10;
    }

    /** One line of {@code /proc/<pid>/stat}, empty when the process ended meanwhile. */
    static Optional<CpuAccount.Proc> read(long pid) {
        try {
            return Optional.of(parse(pid, Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Parses a stat line; the command name may hold spaces and parentheses, so fields count from the last ')'. */
    static CpuAccount.Proc parse(long pid, String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // f[0] is field 3 (state) of proc(5): field n is f[n - 3]
        long ppid = Long.parseLong(f[1]);
        long own = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        long reaped = Long.parseLong(f[13]) + Long.parseLong(f[14]);
        long start = Long.parseLong(f[19]);
        long rss = Long.parseLong(f[21]);
        return new CpuAccount.Proc(pid, start, ppid, own, reaped, rss);
    }
}
