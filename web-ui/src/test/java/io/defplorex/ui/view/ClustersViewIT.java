package io.defplorex.ui.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * Drives the clusters view in headless Chromium against a real Elasticsearch with the DefPloreX plugin
 * ({@code dpx.it.es}), on eight records whose clusters are known exactly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClustersViewIT {

    private static final String ES = System.getProperty("dpx.it.es", "http://127.0.0.1:19200");
    private static final String INDEX = "dpx-it-web-ui-clusters";
    private static final Path SCREENSHOT = Paths.get("target", "screenshots", "clusters.png");

    private static TestIndex index;
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("defplorex.es.url", () -> ES);
        registry.add("defplorex.index", () -> INDEX);
    }

    @BeforeAll
    static void indexRecordsAndStartBrowser() throws Exception {
        index = new TestIndex(ES, INDEX);
        index.create(ClusterFixture.MAPPING);
        index.bulk(ClusterFixture.bulk());

        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    @AfterAll
    static void stopBrowserAndDeleteIndex() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (index != null) {
            index.delete();
        }
    }

    @Test
    void clusteringOnTwoPivotsListsTheClustersAndTheLargestOnesRecords() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
        page.setDefaultTimeout(30_000);
        page.navigate("http://127.0.0.1:" + port + "/");

        pick(page, "word_count");
        pick(page, "img_count");
        page.keyboard().press("Escape");
        page.locator("#min-size input").fill("2");
        page.locator("#min-size input").press("Tab");
        page.locator("#run").click();

        assertThat(page.locator("#status")).hasText(Pattern.compile("took \\d+ ms, 8 documents, 2 clusters"));
        Locator sizes = page.locator("#clusters span.cluster-size");
        assertThat(sizes).hasText(new String[] {"4", "2"});
        assertThat(page.locator("#clusters")).containsText("word_count=2, img_count=1");

        sizes.filter(new Locator.FilterOptions().setHasText("4")).click();

        assertThat(page.locator("#records-grid span.record-url")).hasText(ClusterFixture.LARGEST_CLUSTER_URLS);
        assertThat(page.locator("#records")).containsText("Records of word_count=2, img_count=1");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT).setFullPage(true));
        page.close();
    }

    private static void pick(Page page, String feature) {
        page.locator("#features input").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(feature).setExact(true)).click();
    }
}
