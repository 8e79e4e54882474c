package io.defplorex.worker.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import org.junit.jupiter.api.Test;

class RenderStatusTest {

    @Test
    void watchdogKillIsATimeoutEvenThoughTheCallSaysClosed() {
        PlaywrightException closed = new PlaywrightException("Target page, context or browser has been closed");

        assertThat(RenderStatus.of(true, false, closed)).isEqualTo(RenderStatus.TIMEOUT);
    }

    @Test
    void crashReportedByChromiumIsCrashed() {
        assertThat(RenderStatus.of(false, true, new PlaywrightException("whatever"))).isEqualTo(RenderStatus.CRASHED);
    }

    @Test
    void playwrightTimeoutIsATimeout() {
        assertThat(RenderStatus.of(false, false, new TimeoutError("Timeout 8000ms exceeded")))
                .isEqualTo(RenderStatus.TIMEOUT);
    }

    @Test
    void browserThatWentAwayIsCrashed() {
        assertThat(RenderStatus.of(false, false, new PlaywrightException("Browser closed.")))
                .isEqualTo(RenderStatus.CRASHED);
    }

    @Test
    void anyOtherFailureIsAnError() {
        assertThat(RenderStatus.of(false, false, new PlaywrightException("net::ERR_ABORTED")))
                .isEqualTo(RenderStatus.ERROR);
    }

    @Test
    void wireNamesAreLowerCase() {
        assertThat(RenderStatus.TOO_LARGE.wire()).isEqualTo("too_large");
    }
}
