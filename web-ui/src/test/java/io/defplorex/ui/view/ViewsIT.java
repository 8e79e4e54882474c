package io.defplorex.ui.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the records, features, clusters, campaign and jobs views in headless Chromium against a real node with
 * the DefPloreX plugin ({@code dpx.it.es}) and its Redis ({@code dpx.it.redis}), on the ten records of
 * {@link ViewsFixture}. The last test is the analyst's whole path: largest campaign → who and when → re-render.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ViewsIT extends BrowserIT {

    private static final String INDEX = "dpx-it-web-ui-views";
    private static final String OTHER_INDEX = "dpx-it-web-ui-views-other";
    private static final String SCREENSHOTS = "defplorex-screenshots";
    private static final String THRESHOLDS = "defplorex-thresholds";

    private static TestIndex index;
    private static boolean createdScreenshots;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        useIndex(registry, INDEX);
    }

    @BeforeAll
    static void indexRecords() throws Exception {
        index = new TestIndex(ES, INDEX);
        index.create(ViewsFixture.MAPPING);
        index.bulk(ViewsFixture.bulk());
        forgetThresholds();
        if (index.head("/" + SCREENSHOTS) == 404) {
            index.call("PUT", "/" + SCREENSHOTS, """
                    {"mappings": {"properties": {"index": {"type": "keyword"}, "id": {"type": "keyword"},
                      "png": {"type": "binary"}, "thumbnail": {"type": "binary"}, "phash": {"type": "keyword"},
                      "created": {"type": "date"}}}}""");
            createdScreenshots = true;
        }
        index.call("POST", "/" + SCREENSHOTS + "/_bulk?refresh=true", ViewsFixture.thumbnails(INDEX));
        new TestRedis(REDIS).run("SADD", "defplorex:transformers", "render", "extract", "features");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (index != null) {
            if (createdScreenshots) {
                index.deleteQuietly("/" + SCREENSHOTS);
            } else {
                for (String id : ViewsFixture.WITH_THUMBNAIL) {
                    index.deleteQuietly("/" + SCREENSHOTS + "/_doc/" + INDEX + ":" + id);
                }
            }
            forgetThresholds();
            index.delete();
            index.deleteQuietly("/" + OTHER_INDEX);
        }
    }

    private static void forgetThresholds() throws Exception {
        for (int version = 1; version <= 3; version++) {
            index.deleteQuietly("/" + THRESHOLDS + "/_doc/" + INDEX + ":" + version);
        }
    }

    @Test
    @Order(1)
    void recordsViewSearchesShowsThumbnailsBinsJsonAndExports() throws Exception {
        Page page = open("records");

        assertThat(page.locator("#status")).hasText(Pattern.compile("^10 records, took \\d+ ms$"));
        assertThat(page.locator("#records-grid span.record-url")).hasCount(10);
        assertThat(page.locator("#records-grid span.record-url").first()).hasText("http://hotel.example.com/");
        assertThat(page.locator("#records-grid img.dpx-thumb")).hasCount(3);
        assertThat(page.locator("#records-grid .dpx-avg")).hasCount(10);

        page.locator("#query input").fill("attacker:alice AND tld:gov");
        page.locator("#search").click();
        assertThat(page.locator("#status")).hasText(Pattern.compile("^2 records, took \\d+ ms$"));
        assertThat(visible(page, "#records-grid span.record-url"))
                .hasText(new String[] {"http://portal.city.gov/", "http://www.agency.gov/"});

        page.getByText("bins", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(visible(page, "#records-grid span.dpx-bin")).hasText(
                new String[] {"n_img=2", "n_words=1", "n_img=2", "n_words=1"});
        screenshot(page, "records", false);

        Download csv = page.waitForDownload(() -> page.locator("#records-csv").click());
        List<String> lines = Files.readAllLines(csv.path());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("id,time,url,attacker,encoding,avg_color_top5,colors,avg_color,n_img,"
                + "n_words,bin.n_img,bin.n_words");
        assertThat(lines.get(1)).isEqualTo("a2,2024-03-02 09:00:00,http://portal.city.gov/,alice,utf-8,\"#402020\","
                + "\"#000000 #ff0000 #ffffff #00ff00 #0000ff\",\"#202020\",11.0,820.0,2,1");

        page.locator("#records-grid .record-json-button").first().click();
        assertThat(page.locator("#record-json")).containsText("\"url\" : \"http://portal.city.gov/\"");
        assertThat(page.locator("#record-json")).not().containsText("hostile");
        page.close();
    }

    @Test
    @Order(2)
    void featuresViewDrawsHistogramsWithTheRecomputedThresholds() throws Exception {
        Page page = open("features");

        assertThat(page.locator("#thresholds-version")).hasText("no thresholds yet: recompute the percentiles");
        assertThat(page.locator("#feature-cards h4")).hasText(new String[] {"avg_color", "n_img", "n_words"});
        page.locator("#recompute").click();
        assertThat(page.locator("#thresholds-version")).hasText(Pattern.compile("^thresholds v\\d+ .*"));

        JsonNode stored = JsonMapper.builder().build().readTree(
                index.call("GET", "/_defplorex/percentiles?index=" + INDEX, null));
        int version = stored.path("version").asInt();
        assertThat(page.locator("#thresholds-version"))
                .hasText("thresholds v" + version + " from 10 records at percents 25, 50, 75");
        assertThat(page.locator("#feature-n_img .thresholds")).hasText("thresholds: "
                + String.join(", ", stored.path("thresholds").path("n_img").valueStream()
                        .map(value -> number(value.asDouble())).toList()));
        assertThat(page.locator("#feature-avg_color")).containsText("keyword; top values: #202020 (10)");
        assertThat(page.locator("#feature-cards img")).hasCount(2);
        screenshot(page, "features", true);
        page.close();
    }

    @Test
    @Order(3)
    void analystFindsTheLargestCampaignSeesWhoAndWhenAndStartsAReRender() throws Exception {
        Page page = open("features");
        page.locator("#feature-n_img vaadin-checkbox").click();
        page.locator("#feature-n_words vaadin-checkbox").click();
        page.locator("#nav").getByText("Clusters").click();

        page.locator("#run").click();
        assertThat(page.locator("#status"))
                .hasText(Pattern.compile("^took \\d+ ms, 10 documents, 4 clusters; bins from thresholds v1$"));
        assertThat(page.locator("#clusters span.cluster-size")).hasText(new String[] {"5", "3", "1", "1"});
        assertThat(page.locator("#clusters .dpx-badges").first()).hasText("n_img=2n_words=1");
        assertThat(page.locator("#clusters span.cluster-text-hashes")).hasText(new String[] {"1", "3", "1", "1"});
        assertThat(page.locator("#clusters span.cluster-tlds")).hasText(new String[] {"4", "1", "1", "1"});
        assertThat(page.locator("#clusters img[alt=timeline]")).hasCount(4);
        screenshot(page, "clusters-pivots", false);

        page.locator("#clusters a.campaign-link").first().click();
        assertThat(page.locator("#campaign-span"))
                .hasText("5 records from 2024-03-01 08:00:00 to 2024-03-05 12:00:00 (UTC)");
        assertThat(page.locator("#campaign-timeline-interval")).hasText("5 buckets of 1d from 2024-03-01 00:00:00");
        assertThat(page.locator("#attacker-teams .attacker-teams-line"))
                .hasText(new String[] {"alice: Red Team (3)", "bob: Red Team (2)"});
        assertThat(page.locator("#facet-attacker .facet-value")).hasText(new String[] {"alice (3)", "bob (2)"});
        assertThat(page.locator("#facet-team .facet-value")).hasText(new String[] {"Red Team (5)"});
        assertThat(page.locator("#facet-hashtag .facet-value")).hasText(new String[] {"#opfreedom (5)"});
        assertThat(page.locator("#facet-word .facet-value"))
                .hasText(new String[] {"hacked (5)", "red (5)", "team (5)", "the (5)"});
        assertThat(page.locator("#facet-tld .facet-value"))
                .hasText(new String[] {"gov (2)", "com (1)", "net (1)", "org (1)"});
        assertThat(page.locator("#wall .dpx-tile")).hasCount(5);
        assertThat(page.locator("#wall img.dpx-thumb")).hasCount(3);
        screenshot(page, "campaign", true);

        page.locator("#facet-attacker a").first().click();
        assertThat(page.locator("#cluster-query input")).hasValue("attacker:\"alice\"");
        assertThat(page.locator("#status"))
                .hasText(Pattern.compile("^took \\d+ ms, 3 documents, 1 clusters; bins from thresholds v1$"));
        assertThat(visible(page, "#clusters span.cluster-size")).hasText(new String[] {"3"});
        page.goBack();
        assertThat(page.locator("#campaign-span")).isVisible();

        page.locator("#rerun").click();
        assertThat(page.locator("#chain")).hasAttribute("has-value", "");
        page.locator("#start").click();
        assertThat(page.locator("#started")).hasText(Pattern.compile("^started job j\\d{8}-\\d{6}-[a-z0-9]{6}$"));
        String job = page.locator("#started").textContent().substring("started job ".length());
        JsonNode status = JsonMapper.builder().build().readTree(index.call("GET", "/_defplorex/jobs/" + job, null));
        assertThat(status.path("documents").asInt()).isEqualTo(5);
        assertThat(status.path("transformers").toString()).isEqualTo("[\"render\",\"extract\",\"features\"]");
        Locator row = page.locator("#jobs vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(job));
        assertThat(row).hasCount(1);
        assertThat(page.locator("#jobs")).containsText("0 / 5");

        String other = jobOnAnotherIndex();
        Locator otherRow = page.locator("#jobs vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(other));
        page.waitForTimeout(1500); // two polls: the other index's job stays out of the list
        assertThat(otherRow).hasCount(0);
        page.locator("#job-index").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(JobsView.ALL_INDICES)).click();
        assertThat(otherRow).hasCount(1);
        assertThat(row).hasCount(1);

        TestRedis redis = new TestRedis(REDIS);
        redis.run("RPUSH", "defplorex:job:" + job + ":failures", "a1\trender: timeout", "a4\trender: crashed");
        redis.run("HINCRBY", "defplorex:job:" + job, "failed_documents", "2");
        assertThat(page.locator("#jobs")).containsText("2 / 5");
        row.click();
        assertThat(page.locator("#failures-title")).hasText("Failures of " + job + ": 2");
        assertThat(page.locator("#failures")).containsText("render: crashed");
        Download failures = page.waitForDownload(() -> page.locator("#failures-csv").click());
        assertThat(Files.readAllLines(failures.path()))
                .containsExactly("job,record,reason", job + ",a1,render: timeout", job + ",a4,render: crashed");
        screenshot(page, "jobs", false);

        page.locator("#retry").click();
        assertThat(page.locator("#started")).not().hasText("started job " + job);
        String retried = page.locator("#started").textContent().substring("started job ".length());
        JsonNode again = JsonMapper.builder().build().readTree(index.call("GET", "/_defplorex/jobs/" + retried, null));
        assertThat(again.path("documents").asInt()).isEqualTo(2);
        page.close();
    }

    /** Starts a job on a one-record index of its own; answers its ID. */
    private static String jobOnAnotherIndex() throws Exception {
        TestIndex other = new TestIndex(ES, OTHER_INDEX);
        other.create(ViewsFixture.MAPPING);
        other.bulk("{\"index\":{\"_id\":\"o1\"}}\n{\"id\":\"o1\",\"url\":\"http://other.example/\"}\n");
        JsonNode answer = JsonMapper.builder().build().readTree(index.call("POST", "/_defplorex/enqueue",
                "{\"index\":\"" + OTHER_INDEX + "\",\"query\":{\"match_all\":{}},\"transformers\":[\"render\"]}"));
        return answer.path("job").asString();
    }

    /** Vaadin's grid keeps rows it no longer needs in the page, hidden: only the shown ones count. */
    private static Locator visible(Page page, String selector) {
        return page.locator(selector).filter(new Locator.FilterOptions().setVisible(true));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
