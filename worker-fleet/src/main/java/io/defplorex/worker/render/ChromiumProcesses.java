package io.defplorex.worker.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds one browser among the JVM's descendants by a marker switch on its command line, kills its process tree,
 * and reads its resident memory. Killing is the only way out of a renderer stuck in a script: Playwright
 * offers no call that returns while the page's main thread spins.
 */
final class ChromiumProcesses {

    private static final long PAGE_BYTES = 4096;

    private ChromiumProcesses() {
    }

    /** The browser's main process: the JVM descendant whose command line holds {@code marker}. */
    static Optional<ProcessHandle> find(String marker) {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false)
                        || p.info().arguments().map(a -> List.of(a).contains(marker)).orElse(false))
                .filter(p -> p.parent().map(parent -> !parent.info().commandLine().orElse("").contains(marker))
                        .orElse(true))
                .findFirst();
    }

    /** Kills {@code root} and all its descendants at once (SIGKILL); children first so none is re-parented alive. */
    static void killTree(ProcessHandle root) {
        List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
        all.forEach(ProcessHandle::destroyForcibly);
        root.destroyForcibly();
    }

    /** Resident memory of {@code root} and its descendants in MB (0 where /proc cannot be read). */
    static long residentMb(ProcessHandle root) {
        long bytes = rss(root.pid());
        for (ProcessHandle p : root.descendants().toList()) {
            bytes += rss(p.pid());
        }
        return bytes >> 20;
    }

    private static long rss(long pid) {
        try {
            String[] statm = Files.readString(Path.of("/proc", Long.toString(pid), "statm")).trim().split(" ");
            return Long.parseLong(statm[1]) * PAGE_BYTES;
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended meanwhile
        }
    }
}
