package io.defplorex.ui.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Drives the clusters view in headless Chromium against a real Elasticsearch with the DefPloreX plugin
 * ({@code dpx.it.es}), on eight records whose clusters are known exactly.
 */
class ClustersViewIT extends BrowserIT {

    private static final String INDEX = "dpx-it-web-ui-clusters";

    private static TestIndex index;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        useIndex(registry, INDEX);
    }

    @BeforeAll
    static void indexRecords() throws Exception {
        index = new TestIndex(ES, INDEX);
        index.create(ClusterFixture.MAPPING);
        index.bulk(ClusterFixture.bulk());
    }

    @AfterAll
    static void deleteIndex() throws Exception {
        if (index != null) {
            index.delete();
        }
    }

    @Test
    void clusteringOnTwoPivotsListsTheClustersAndTheLargestOnesRecords() {
        Page page = open("");

        pick(page, "word_count");
        pick(page, "img_count");
        page.keyboard().press("Escape");
        page.locator("#min-size input").fill("2");
        page.locator("#min-size input").press("Tab");
        page.locator("#run").click();

        assertThat(page.locator("#status"))
                .hasText(Pattern.compile("^took \\d+ ms, 8 documents, 2 clusters; bins from thresholds v1$"));
        Locator sizes = page.locator("#clusters span.cluster-size");
        assertThat(sizes).hasText(new String[] {"4", "2"});
        assertThat(page.locator("#clusters .dpx-badges").first()).hasText("word_count=2img_count=1");

        sizes.filter(new Locator.FilterOptions().setHasText("4")).click();

        assertThat(page.locator("#records-grid span.record-url")).hasText(ClusterFixture.LARGEST_CLUSTER_URLS);
        assertThat(page.locator("#records")).containsText("Records of word_count=2, img_count=1");
        screenshot(page, "clusters", true);
        page.close();
    }

    private static void pick(Page page, String feature) {
        page.locator("#features input").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(feature).setExact(true)).click();
    }
}
