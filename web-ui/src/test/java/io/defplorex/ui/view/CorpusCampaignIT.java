package io.defplorex.ui.view;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analyst's path on the real corpus: its 303 pages go through the worker jar as an operator runs it (ingest,
 * a worker process, extract and features, percentiles, quantize), then, from the UI alone: the clusters on the
 * demo's pivots, the largest one's campaign (who, when), and a re-render of its pages that the jobs view follows
 * to the end.
 */
class CorpusCampaignIT extends BrowserIT {

    private static final String INDEX = "dpx-it-web-ui-corpus";
    private static final String PIVOTS = "n_img,n_script,n_style,n_meta,n_link,n_anchor";
    private static final Path CORPUS = Path.of(System.getProperty("dpx.it.corpus", "../../shared/corpus"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static TestIndex index;
    private static WorkerJar workerJar;
    private static Process worker;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        useIndex(registry, INDEX);
    }

    @BeforeAll
    static void runThePipelineOnTheCorpus() throws Exception {
        index = new TestIndex(ES, INDEX);
        forget();
        Path logs = Files.createDirectories(Path.of("target", "corpus-it"));
        workerJar = new WorkerJar(logs);
        assertThat(workerJar.run("ingest", "--es", ES, "--index", INDEX, "--feed",
                CORPUS.resolve("feed.csv").toString())).contains("loaded 303, rejected 0");
        // exits by itself if this JVM dies before stopping it
        worker = workerJar.start("worker", "worker", "--es", ES, "--redis", REDIS, "--concurrency", "2",
                "--exit-when-idle", "600");
        runJob("extract,features");
        workerJar.run("percentiles", "--es", ES, "--index", INDEX);
        runJob("quantize");
    }

    @AfterAll
    static void stopWorkerAndForget() throws Exception {
        if (worker != null) {
            worker.destroy(); // SIGTERM: the worker hands back or finishes its batches
            if (!worker.waitFor(60, TimeUnit.SECONDS)) {
                worker.destroyForcibly();
            }
        }
        if (index != null) {
            forget();
        }
    }

    private static void runJob(String transformers) throws Exception {
        String job = workerJar.run("job", "enqueue", "--es", ES, "--index", INDEX, "--transformers", transformers,
                "--batch-size", "50", "--wait-for-workers", "60").strip();
        workerJar.run("job", "wait", "--es", ES, "--timeout", "300", job);
    }

    private static void awaitDone(String job) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        String state = "";
        while (System.nanoTime() < deadline && !state.equals("done")) {
            Thread.sleep(500);
            state = JSON.readTree(index.call("GET", "/_defplorex/jobs/" + job, null)).path("state").asString();
        }
        assertThat(state).as("state of the re-render job %s", job).isEqualTo("done");
    }

    /** Removes the index, its thresholds and its screenshots (this distribution has no delete-by-query). */
    private static void forget() throws Exception {
        index.deleteQuietly("/" + INDEX);
        for (int version = 1; version <= 3; version++) {
            index.deleteQuietly("/defplorex-thresholds/_doc/" + INDEX + ":" + version);
        }
        if (index.head("/defplorex-screenshots") == 200) {
            JsonNode shots = JSON.readTree(index.call("POST", "/defplorex-screenshots/_search",
                    "{\"size\": 1000, \"_source\": false, \"query\": {\"term\": {\"index\": \"" + INDEX + "\"}}}"));
            for (JsonNode hit : shots.path("hits").path("hits")) {
                index.deleteQuietly("/defplorex-screenshots/_doc/" + hit.path("_id").asString());
            }
        }
    }

    @Test
    void recordsAndFeaturesViewsShowTheCorpusWithItsMultiValuedFeature() {
        Page page = open("records?q=" + URLEncoder.encode("attacker:d3w3y", StandardCharsets.UTF_8));
        assertThat(page.locator("#status")).hasText(Pattern.compile("^\\d+ records, took \\d+ ms$"));
        assertThat(page.locator("#records-grid span.record-url").first()).isVisible();
        // template_bands holds three values a record: shown in one cell
        assertThat(page.locator("#records-grid").getByText(Pattern.compile("^0:\\w+ 1:\\w+ 2:\\w+$")).first())
                .isAttached();
        screenshot(page, "corpus-records", false);

        page.locator("#nav").getByText("Features").click();
        assertThat(page.locator("#feature-n_img img")).isVisible();
        assertThat(page.locator("#feature-template_bands")).isVisible();
        // the description comes from the catalog that ingest wrote into the index's mapping, no file configured
        assertThat(page.locator("#feature-n_img")).containsText("number of <img> elements");
        screenshot(page, "corpus-features", false);
        page.close();
    }

    @Test
    void analystFindsTheLargestCampaignOfTheCorpusSeesWhoAndWhenAndReRendersIt() throws Exception {
        Page page = open("clusters?pivots=" + PIVOTS);
        assertThat(page.locator("#status")).hasText(Pattern.compile(
                "^took \\d+ ms, 303 documents, 127 clusters \\(largest 50 shown\\); bins from thresholds v1$"));
        assertThat(page.locator("#clusters span.cluster-size").first()).hasText("17");
        screenshot(page, "corpus-clusters", false);

        page.locator("#clusters a.campaign-link").first().click();
        // the corpus's largest group on these pivots: 17 near-empty pages (no img, script, style, meta, link or
        // anchor) by eight attackers over two and a half years
        assertThat(page.locator("#campaign-span"))
                .hasText("17 records from 2014-04-20 02:59:22 to 2016-12-29 10:28:12 (UTC)");
        assertThat(page.locator("#facet-attacker .facet-value")).hasText(new String[] {"d3w3y (3)", "cito0653 (2)",
                "bluecyber info (1)", "calutax07 (1)", "mr x (1)", "rezkymc info (1)", "wily_racc00n (1)",
                "wily_racc00n wily_racc00n team (1)"});
        assertThat(page.locator("#facet-team .facet-value")).hasText(new String[] {"5 brother team (1)",
                "n31 xploit (1)"});
        assertThat(page.locator("#facet-tld .facet-value")).hasText(new String[] {"org (9)", "net (5)", "com (3)"});
        assertThat(page.locator("#wall .dpx-tile")).hasCount(17);
        assertThat(page.locator("#wall img.dpx-thumb")).hasCount(0);
        String campaign = page.url();
        screenshot(page, "corpus-campaign", true);

        page.locator("#rerun").click();
        page.locator("#start").click();
        assertThat(page.locator("#started")).hasText(Pattern.compile("^started job j\\d{8}-\\d{6}-[a-z0-9]{6}$"));
        String job = page.locator("#started").textContent().substring("started job ".length());
        JsonNode status = JSON.readTree(index.call("GET", "/_defplorex/jobs/" + job, null));
        assertThat(status.path("documents").asInt()).isEqualTo(17);
        assertThat(status.path("transformers").toString()).isEqualTo("[\"render\",\"extract\",\"features\"]");
        Locator row = page.locator("#jobs vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(job));
        assertThat(row).hasCount(1);
        awaitDone(job);
        // the grid polls each second: the newest job, this one, shows all 17 records processed
        assertThat(page.locator("#jobs vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText(Pattern.compile("^17 / 17$"))).first()).isVisible();
        screenshot(page, "corpus-jobs", false);

        page.navigate(campaign);
        assertThat(page.locator("#wall img.dpx-thumb")).hasCount(17);
        screenshot(page, "corpus-campaign-rendered", false);

        JsonNode rendered = JSON.readTree(index.call("POST", "/" + INDEX + "/_search",
                "{\"size\": 0, \"query\": {\"term\": {\"render.status\": \"ok\"}}}"));
        assertThat(rendered.path("hits").path("total").path("value").asInt()).isEqualTo(17);
        page.close();
    }
}
