package io.defplorex.worker.render;

import java.util.Locale;

/** How one render ended; the lower-case name is what {@code render.status} holds. */
public enum RenderStatus {
    OK, TIMEOUT, CRASHED, TOO_LARGE, ERROR;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status of a render that threw {@code failure}. The watchdog's verdict wins over the exception, because
     * killing Chromium makes the stuck call fail with a "closed" error that is really a timeout.
     *
     * @param watchdogFired the render's time limit ran out and the browser was killed
     * @param pageCrashed   Chromium reported the page's renderer crashed (out of memory, for instance)
     */
    public static RenderStatus of(boolean watchdogFired, boolean pageCrashed, Throwable failure) {
        if (watchdogFired) {
            return TIMEOUT;
        }
        if (pageCrashed) {
            return CRASHED;
        }
        String message = failure == null || failure.getMessage() == null ? "" : failure.getMessage();
        if (failure != null && failure.getClass().getSimpleName().equals("TimeoutError")) {
            return TIMEOUT;
        }
        if (message.contains("Target crashed") || message.contains("Page crashed")
                || message.contains("has been closed") || message.contains("Browser closed")
                || message.contains("connection closed")) {
            return CRASHED;
        }
        return ERROR;
    }
}
