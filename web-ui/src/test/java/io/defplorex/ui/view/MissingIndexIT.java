package io.defplorex.ui.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;

/** The analyst sees Elasticsearch's reason in a notification, not an error page, when the index is missing. */
class MissingIndexIT extends BrowserIT {

    private static final String INDEX = "dpx-it-web-ui-missing";

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        useIndex(registry, INDEX);
    }

    @BeforeAll
    static void makeSureTheIndexIsAbsent() throws Exception {
        new TestIndex(ES, INDEX).delete();
    }

    @Test
    void missingIndexIsReportedWithElasticsearchsReason() {
        Page page = open("clusters");

        assertThat(page.locator("vaadin-notification-card").first()).hasText("Could not read the features of index "
                + INDEX + ": GET /" + INDEX + "/_mapping failed: 404 index_not_found_exception: no such index ["
                + INDEX + "]");

        page.locator("#run").click();

        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions()
                .setHasText("Pick at least one pivot feature."))).isVisible();
        assertThat(page.locator("vaadin-notification-card")).hasCount(2);
        screenshot(page, "missing-index", false);
        page.close();
    }
}
