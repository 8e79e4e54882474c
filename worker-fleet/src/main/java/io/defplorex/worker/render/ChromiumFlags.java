package io.defplorex.worker.render;

import java.util.List;

/**
 * The switches every render browser starts with. Besides headless operation as root in a container, they stop
 * Chromium's own traffic (updates, sync, metrics) and send anything that escapes request routing to an address
 * that cannot resolve, so no byte leaves the machine even if routing misses a request.
 */
final class ChromiumFlags {

    private ChromiumFlags() {
    }

    /** The flags, plus {@code marker}: a no-op switch that lets the worker find this browser's processes. */
    static List<String> of(String marker) {
        return List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--mute-audio", "--no-pings",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--js-flags=--max-old-space-size=512", marker);
    }
}
