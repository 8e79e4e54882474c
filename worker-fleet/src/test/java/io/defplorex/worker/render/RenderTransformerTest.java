package io.defplorex.worker.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.defplorex.worker.transform.TransformException;
import org.junit.jupiter.api.Test;

/** The render transformer's bookkeeping around the browser, on pages refused before any browser starts. */
class RenderTransformerTest {

    private static final RenderOptions TINY_PAGES = new RenderOptions(Path.of("/nonexistent/chromium"),
            Duration.ofSeconds(30), 100, 100_000, 10 << 20, 300, 1536);

    private final List<String> calls = new ArrayList<>();

    private final ScreenshotStore recording = new ScreenshotStore() {
        @Override
        public void put(String index, String id, byte[] png, byte[] thumbnail, String phash) {
            calls.add("put " + index + ":" + id);
        }

        @Override
        public void remove(String index, String id) {
            calls.add("remove " + index + ":" + id);
        }
    };

    private static Map<String, Object> largePage() {
        return HostilePages.record("r-7", "http://victim.example.org/", "<p>" + "x".repeat(200) + "</p>");
    }

    @Test
    void renderWithoutScreenshotRemovesTheEarlierOne() throws Exception {
        try (RenderTransformer render = new RenderTransformer(TINY_PAGES, recording)) {
            Map<String, Object> out = render.apply(largePage(), HostilePages.context("records-a"));

            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) out.get("render");
            assertThat(r.get("status")).isEqualTo("too_large");
            assertThat(r.get("error")).isEqualTo("the mirror is 207 bytes, limit 100");
            assertThat(r.get("phash")).isNull();
            assertThat(calls).containsExactly("remove records-a:r-7");
        }
    }

    @Test
    void screenshotThatCannotBeRemovedFailsTheRecord() {
        ScreenshotStore failing = new ScreenshotStore() {
            @Override
            public void put(String index, String id, byte[] png, byte[] thumbnail, String phash) {
            }

            @Override
            public void remove(String index, String id) throws IOException {
                throw new IOException("connection refused");
            }
        };
        try (RenderTransformer render = new RenderTransformer(TINY_PAGES, failing)) {
            assertThatThrownBy(() -> render.apply(largePage(), HostilePages.context("records-a")))
                    .isInstanceOf(TransformException.class)
                    .hasMessage("earlier screenshot of record r-7 not removed after a render without one "
                            + "(too_large): connection refused");
        }
    }
}
