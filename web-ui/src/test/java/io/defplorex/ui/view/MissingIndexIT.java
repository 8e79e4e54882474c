package io.defplorex.ui.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Paths;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;

/** The analyst sees Elasticsearch's reason in a notification, not an error page, when the index is missing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MissingIndexIT {

    private static final String ES = System.getProperty("dpx.it.es", "http://127.0.0.1:19200");
    private static final String INDEX = "dpx-it-web-ui-missing";

    private static HeadlessChromium chromium;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("defplorex.es.url", () -> ES);
        registry.add("defplorex.index", () -> INDEX);
    }

    @BeforeAll
    static void makeSureTheIndexIsAbsent() throws Exception {
        new TestIndex(ES, INDEX).delete();
        chromium = new HeadlessChromium();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void missingIndexIsReportedWithElasticsearchsReason() {
        Page page = chromium.open("http://127.0.0.1:" + port + "/clusters");

        assertThat(page.locator("vaadin-notification-card").first()).hasText("Could not read the features of index "
                + INDEX + ": GET /" + INDEX + "/_mapping failed: 404 index_not_found_exception: no such index ["
                + INDEX + "]");

        page.locator("#run").click();

        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions()
                .setHasText("Pick at least one pivot feature."))).isVisible();
        assertThat(page.locator("vaadin-notification-card")).hasCount(2);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "missing-index.png")));
        page.close();
    }
}
