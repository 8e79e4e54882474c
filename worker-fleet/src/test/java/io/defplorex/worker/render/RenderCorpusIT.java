package io.defplorex.worker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import co.elastic.clients.elasticsearch.core.GetResponse;
import io.defplorex.worker.it.ItEnv;
import io.defplorex.worker.store.Elasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Corpus pages rendered in a real Chromium, screenshots stored in a real Elasticsearch node. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenderCorpusIT {

    private final String screenshots = ItEnv.unique("it-screenshots");
    private Elasticsearch es;
    private RenderTransformer render;

    @BeforeAll
    void start() {
        es = Elasticsearch.connect(ItEnv.es());
        RenderOptions options = RenderOptions.defaults(RenderOptions.chromium(null)).withTimeLimit(
                Duration.ofSeconds(20));
        render = new RenderTransformer(options, new EsScreenshotStore(es, screenshots));
    }

    @AfterAll
    void stop() throws Exception {
        render.close();
        es.client().indices().delete(d -> d.index(screenshots).ignoreUnavailable(true));
        es.close();
    }

    @Test
    void pageWithExternalScriptsHasItsTitleAndEveryOtherRequestBlocked() throws Exception {
        Map<String, Object> r = renderOf("00014.html", "http://victim-0014.example.com/");

        assertThat(r.get("status")).as("render.error %s", r.get("error")).isEqualTo("ok");
        assertThat(r.get("title")).isEqualTo("Great Of Valeria - Best Pterodactyl Panel & VPS"); // set by its script
        assertThat(r.get("n_requests")).isEqualTo(4);
        assertThat(r.get("n_blocked")).isEqualTo(3); // tailwind, framer-motion, Google fonts: all but the mirror
        assertThat(urls(r)).containsExactly("http://victim-0014.example.com/", "https://cdn.tailwindcss.com/",
                "https://unpkg.com/framer-motion@10.16.4/dist/framer-motion.js",
                "https://fonts.googleapis.com/css2?family=Inter:wght@300;400;500;600;700;800&display=swap");
        assertThat(r.get("final_url")).isEqualTo("http://victim-0014.example.com/");
    }

    @Test
    void screenshotIsStoredWithThumbnailAndHash() throws Exception {
        Map<String, Object> r = renderOf("00001.html", "http://victim-0001.example.com/x.htm");
        assertThat(r.get("status")).as("render.error %s", r.get("error")).isEqualTo("ok");
        assertThat(r.get("title")).isEqualTo("Touched By SedihCrew -");
        assertThat(r.get("n_blocked")).isEqualTo(5);

        GetResponse<Map> doc = es.client().get(g -> g.index(screenshots).id("corpus-it:00001.html"), Map.class);
        assertThat(doc.found()).isTrue();
        Map<?, ?> source = doc.source();
        BufferedImage png = image((String) source.get("png"));
        BufferedImage thumbnail = image((String) source.get("thumbnail"));
        assertThat(List.of(png.getWidth(), png.getHeight())).containsExactly(1280, 800);
        assertThat(List.of(thumbnail.getWidth(), thumbnail.getHeight())).containsExactly(240, 150);
        assertThat(source.get("phash")).isEqualTo(r.get("phash"));
        assertThat((String) source.get("phash")).matches("[0-9a-f]{16}");
        assertThat(source.get("index")).isEqualTo("corpus-it");
        assertThat(source.get("id")).isEqualTo("00001.html");
    }

    @Test
    @SuppressWarnings("unchecked")
    void failedRerenderRemovesTheEarlierScreenshot() throws Exception {
        Map<String, Object> first = renderOf("00002.html", "http://victim-0002.example.com/hacked.html");
        assertThat(first.get("status")).as("render.error %s", first.get("error")).isEqualTo("ok");
        assertThat(es.client().exists(e -> e.index(screenshots).id("corpus-it:00002.html")).value()).isTrue();

        RenderOptions tiny = RenderOptions.defaults(RenderOptions.chromium(null));
        tiny = new RenderOptions(tiny.chromium(), tiny.timeLimit(), 10, tiny.maxElements(), tiny.maxDomBytes(),
                tiny.recycleEvery(), tiny.maxBrowserMb());
        Map<String, Object> again;
        try (RenderTransformer refusing = new RenderTransformer(tiny, new EsScreenshotStore(es, screenshots))) {
            again = (Map<String, Object>) refusing.apply(HostilePages.corpus("00002.html",
                    "http://victim-0002.example.com/hacked.html"), HostilePages.context("corpus-it")).get("render");
        }

        assertThat(again.get("status")).isEqualTo("too_large");
        assertThat(es.client().exists(e -> e.index(screenshots).id("corpus-it:00002.html")).value()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> renderOf(String page, String url) throws Exception {
        Map<String, Object> out = render.apply(HostilePages.corpus(page, url), HostilePages.context("corpus-it"));
        return (Map<String, Object>) out.get("render");
    }

    @SuppressWarnings("unchecked")
    private static List<String> urls(Map<String, Object> r) {
        return ((List<Map<String, Object>>) r.get("resources")).stream().map(m -> (String) m.get("url")).toList();
    }

    private static BufferedImage image(String base64) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
    }
}
