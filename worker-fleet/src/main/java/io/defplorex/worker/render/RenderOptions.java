package io.defplorex.worker.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How pages are rendered.
 *
 * @param chromium     the Chromium executable (Debian's {@code /usr/bin/chromium} by default)
 * @param timeLimit    hard limit of one render; past it the watchdog kills the browser
 * @param maxPageBytes a mirror larger than this (UTF-8) is not rendered: status {@code too_large}
 * @param maxElements  a DOM with more elements after scripts ran is not serialised: status {@code too_large}
 * @param maxDomBytes  a serialised DOM larger than this is not kept: status {@code too_large}
 * @param recycleEvery a browser is restarted after this many renders
 * @param maxBrowserMb a browser is restarted when its processes' resident memory exceeds this
 */
public record RenderOptions(Path chromium, Duration timeLimit, int maxPageBytes, int maxElements, int maxDomBytes,
                            int recycleEvery, int maxBrowserMb) {

    public static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";

    public RenderOptions {
        if (timeLimit.toMillis() < 1000) {
            throw new IllegalArgumentException("--render-timeout must be at least 1 s, got " + timeLimit);
        }
        if (maxPageBytes < 1 || maxElements < 1 || maxDomBytes < 1 || recycleEvery < 1 || maxBrowserMb < 64) {
            throw new IllegalArgumentException("render limits must be positive (browser memory at least 64 MB)");
        }
    }

    /** The defaults: 30 s a page, 5 MB pages, 100k elements, 10 MB DOM, new browser every 300 pages or 1.5 GB. */
    public static RenderOptions defaults(Path chromium) {
        return new RenderOptions(chromium, Duration.ofSeconds(30), 5 << 20, 100_000, 10 << 20, 300, 1536);
    }

    /** The executable named by {@code --chromium}, else env {@code DPX_CHROMIUM}, else the default. */
    public static Path chromium(String option) {
        String chosen = option != null ? option : System.getenv().getOrDefault("DPX_CHROMIUM", DEFAULT_CHROMIUM);
        Path path = Path.of(chosen);
        if (!Files.isExecutable(path)) {
            throw new IllegalArgumentException("--chromium / DPX_CHROMIUM: '" + chosen + "' is not an executable");
        }
        return path;
    }

    public RenderOptions withTimeLimit(Duration limit) {
        return new RenderOptions(chromium, limit, maxPageBytes, maxElements, maxDomBytes, recycleEvery, maxBrowserMb);
    }
}
