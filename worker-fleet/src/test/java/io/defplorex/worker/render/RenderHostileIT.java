package io.defplorex.worker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.defplorex.worker.transform.TransformException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One hostile page of each class in a real Chromium: each ends with its status within the time limit, and the
 * next page renders fine afterwards (in the same, restarted, browser slot).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenderHostileIT {

    private static final Duration LIMIT = Duration.ofSeconds(8);
    private static final Duration HUGE_DOM_LIMIT = Duration.ofSeconds(30); // layout of 200k elements, busy box
    private static final Duration RESTART_SLACK = Duration.ofSeconds(12);
    private static final String NEXT = "<html><head><title>the next page</title></head><body>fine</body></html>";

    private RenderTransformer render;

    @BeforeAll
    void start() {
        RenderOptions options = RenderOptions.defaults(RenderOptions.chromium(null)).withTimeLimit(LIMIT);
        render = new RenderTransformer(options, ScreenshotStore.discarding());
    }

    @AfterAll
    void stop() {
        render.close();
    }

    @Test
    void endlessScriptTimesOutAndTheNextPageRenders() throws Exception {
        Map<String, Object> r = renderWithinLimit("endless-script.html");

        assertThat(r.get("status")).as("render.error %s", r.get("error")).isEqualTo("timeout");
        assertThat(r.get("error")).isEqualTo("render took longer than 8 s (at count elements)");
        assertNextPageRenders();
    }

    @Test
    void dialogsAreDismissed() throws Exception {
        Map<String, Object> r = renderWithinLimit("dialogs.html");

        assertThat(r.get("status")).as("render.error %s", r.get("error")).isEqualTo("ok");
        assertThat(r.get("title")).isEqualTo("after dialogs false null");
        assertNextPageRenders();
    }

    @Test
    void popupsAreClosedAndTheirRequestsBlocked() throws Exception {
        Map<String, Object> r = renderWithinLimit("popup.html");

        assertThat(r.get("status")).as("render.error %s", r.get("error")).isEqualTo("ok");
        assertThat(r.get("title")).isEqualTo("popups");
        assertThat(urls(r)).contains("http://popup.example.net/ad.html");
        assertThat(r.get("n_blocked")).isEqualTo((int) r.get("n_requests") - 1);
        assertNextPageRenders();
    }

    @Test
    void downloadsAreRefused() throws Exception {
        Map<String, Object> r = renderWithinLimit("download.html");

        assertThat(r.get("status")).as("render.error %s", r.get("error")).isEqualTo("ok");
        assertThat(r.get("title")).isEqualTo("download");
        assertThat(r.get("final_url")).isEqualTo("http://victim.example.org/download.html");
        assertNextPageRenders();
    }

    @Test
    void hugeDomIsTooLarge() throws Exception {
        Map<String, Object> r;
        try (RenderTransformer patient = new RenderTransformer(
                RenderOptions.defaults(RenderOptions.chromium(null)).withTimeLimit(HUGE_DOM_LIMIT),
                ScreenshotStore.discarding())) {
            r = renderOf(patient.apply(HostilePages.fixture("huge-dom.html"), HostilePages.context("hostile")));
        }

        assertThat(r.get("status")).as("render.error %s", r.get("error")).isEqualTo("too_large");
        assertThat(r.get("error")).isEqualTo("the DOM has 200007 elements after scripts ran, limit 100000");
        assertThat(r.get("dom_bytes")).isNull();
        assertNextPageRenders();
    }

    @Test
    void metaRefreshAwayKeepsTheArchivedPage() throws Exception {
        Map<String, Object> r = renderWithinLimit("meta-refresh.html");

        assertThat(r.get("status")).as("render.error %s", r.get("error")).isEqualTo("ok");
        assertThat(r.get("title")).isEqualTo("meta refresh stays");
        assertThat(r.get("final_url")).isEqualTo("http://victim.example.org/meta-refresh.html");
        assertThat(urls(r)).contains("http://redirect.example.net/landing");
        assertNextPageRenders();
    }

    @Test
    void locationRedirectsKeepTheArchivedPage() throws Exception {
        Map<String, Object> r = renderWithinLimit("location-redirect.html");

        assertThat(r.get("status")).as("render.error %s", r.get("error")).isEqualTo("ok");
        assertThat(r.get("title")).isEqualTo("location redirect stays");
        assertThat(r.get("final_url")).isEqualTo("http://victim.example.org/location-redirect.html");
        assertThat(urls(r)).containsExactly("http://victim.example.org/location-redirect.html",
                "http://redirect.example.net/a");
        assertNextPageRenders();
    }

    @Test
    void selfNavigatingPageIsCapturedAsItStoodWhenLoaded() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            Map<String, Object> out = render.apply(HostilePages.fixture("self-navigation.html"),
                    HostilePages.context("hostile"));
            Map<String, Object> r = renderOf(out);

            assertThat(r.get("status")).as("render.error %s", r.get("error")).isEqualTo("ok");
            assertThat(r.get("title")).isEqualTo("self navigation, loaded");
            assertThat(r.get("final_url")).isEqualTo("http://victim.example.org/self-navigation.html");
            assertThat((List<?>) r.get("colors")).first().isEqualTo("#008000");
            assertThat(urls(r)).contains("about:blank", "http://victim.example.org/elsewhere");
            assertThat(urls(r)).doesNotContain("http://elsewhere.example.net/");
            @SuppressWarnings("unchecked")
            String dom = (String) ((Map<String, Object>) out.get("render_dom")).get("html");
            assertThat(dom).startsWith("<!DOCTYPE html><html><head><title>self navigation, loaded</title>")
                    .contains("<p id=\"state\">as loaded</p>");
        }
        assertNextPageRenders();
    }

    @Test
    void memoryHogCrashesItsRendererOnly() throws Exception {
        Map<String, Object> r = renderWithinLimit("memory-hog.html");

        assertThat(r.get("status")).as("render.error %s", r.get("error")).isEqualTo("crashed");
        assertNextPageRenders();
    }

    private Map<String, Object> renderWithinLimit(String fixture) throws TransformException {
        long start = System.nanoTime();
        Map<String, Object> out = render.apply(HostilePages.fixture(fixture), HostilePages.context("hostile"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("render of " + fixture).isLessThan(LIMIT.plus(RESTART_SLACK));
        return renderOf(out);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> renderOf(Map<String, Object> out) {
        return (Map<String, Object>) out.get("render");
    }

    private void assertNextPageRenders() throws TransformException {
        Map<String, Object> out = render.apply(HostilePages.record("next", "http://next.example.org/", NEXT),
                HostilePages.context("hostile"));
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) out.get("render");
        assertThat(r.get("status")).as("render.error %s", r.get("error")).isEqualTo("ok");
        assertThat(r.get("title")).isEqualTo("the next page");
        assertThat((List<?>) r.get("colors")).first().isEqualTo("#ffffff");
    }

    @SuppressWarnings("unchecked")
    private static List<String> urls(Map<String, Object> r) {
        return ((List<Map<String, Object>>) r.get("resources")).stream().map(m -> (String) m.get("url")).toList();
    }
}
