package io.defplorex.ui.view;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import io.defplorex.ui.DefplorexProperties;
import io.defplorex.ui.cluster.ClusterRequest;
import io.defplorex.ui.cluster.ClusterResponses;
import io.defplorex.ui.cluster.ClusterResult;
import io.defplorex.ui.es.DefplorexClient;
import io.defplorex.ui.feature.Feature;
import io.defplorex.ui.feature.FeatureStats;
import io.defplorex.ui.job.Jobs;
import io.defplorex.ui.record.CampaignFacts;
import io.defplorex.ui.record.Queries;
import io.defplorex.ui.record.RecordHits;
import io.defplorex.ui.record.RecordPager;
import io.defplorex.ui.record.RecordRow;
import io.defplorex.ui.record.Thumbnails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The UI benchmark of bench/ui.md, never run in CI (not named *Test or *IT): the Elasticsearch requests each
 * view makes, timed from here, then each view's page load in Chromium against a running UI. Run with
 * {@code ./mvnw -pl web-ui test -Dtest=UiBench -Dbench.es=... -Dbench.index=... -Dbench.ui=...}.
 */
class UiBench {

    private static final String ES = System.getProperty("bench.es", "http://127.0.0.1:30200");
    private static final String INDEX = System.getProperty("bench.index", "dpx-bench-ui");
    private static final String UI = System.getProperty("bench.ui", "http://127.0.0.1:30080");
    private static final List<String> PIVOTS = List.of("n_img", "n_anchor", "n_script");
    private static final int RUNS = 5;

    @Test
    void timeEveryView() {
        DefplorexClient client = new DefplorexClient(new DefplorexProperties(
                new DefplorexProperties.Es(URI.create(ES)), INDEX));
        Map<String, Supplier<?>> views = new LinkedHashMap<>();
        JsonNode all = Queries.lucene("");
        views.put("records (count + first 50 in one search + thumbnails)", () -> {
            RecordHits first = new RecordPager(client, INDEX, all).first(50);
            return Thumbnails.of(client, INDEX, first.rows().stream().map(RecordRow::id).toList());
        });
        RecordPager scrolled = new RecordPager(client, INDEX, all);
        scrolled.rows(500_000, 50);
        int[] next = {500_050};
        views.put("records, scrolling on past 500,000 (next 50 + thumbnails)", () -> {
            List<RecordRow> rows = scrolled.rows(next[0], 50);
            next[0] += 50;
            return Thumbnails.of(client, INDEX, rows.stream().map(RecordRow::id).toList());
        });
        views.put("records, jump to hit 500,000 (timestamp bisection + page)",
                () -> new RecordPager(client, INDEX, all).rows(500_000, 50));
        views.put("records, query tld:gov AND n_img:>10", () -> new RecordPager(client, INDEX,
                Queries.lucene("tld:gov AND features.n_img:>10")).first(50));
        views.put("features (mapping, ranges, histograms | thresholds)", () -> Parallel.both(() -> {
            List<Feature> features = client.features(Map.of());
            var ranges = FeatureStats.ranges(client.post(INDEX + "/_search", FeatureStats.rangesBody(features)));
            return client.post(INDEX + "/_search", FeatureStats.histogramsBody(features, ranges));
        }, () -> client.get("_defplorex/percentiles?index=" + INDEX)).first().get());
        views.put("clusters (3 pivots, 50 largest | mapping)", () -> Parallel.both(
                () -> client.cluster(new ClusterRequest(INDEX, PIVOTS, 1, 50)), () -> client.pivotFeatures(INDEX))
                .first().get());
        ClusterResult clusters = client.cluster(new ClusterRequest(INDEX, PIVOTS, 1, 1));
        var largest = clusters.clusters().getFirst();
        System.out.printf("largest cluster: %d records of %d%n", largest.size(), clusters.documents());
        views.put("campaign of the largest cluster (its facts | facets, then thumbnails)", () -> {
            ObjectNode request = ClusterResponses.body(new ClusterRequest(INDEX, PIVOTS, 1, 1));
            request.set("query", largest.query());
            CampaignFacts facts = Parallel.both(() -> client.cluster(request), () -> CampaignFacts.parse(
                    client.post(INDEX + "/_search", CampaignFacts.body(largest.query(), 0)))).second().get();
            return Thumbnails.of(client, INDEX, facts.newestIds());
        });
        views.put("jobs (newest 100 | transformers)", () -> Parallel.both(() -> Jobs.newest(client, 100),
                () -> Jobs.transformers(client)).first().get());
        views.forEach((view, requests) -> System.out.printf("server %-62s %s%n", view, time(requests)));

        try (HeadlessChromium chromium = new HeadlessChromium()) {
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("records", "#status");
            pages.put("features", "#feature-n_img img");
            pages.put("clusters?pivots=" + String.join(",", PIVOTS), "#clusters span.cluster-size");
            pages.put("campaign?" + CampaignView.parameters(largest).getQueryString(), "#campaign-span");
            pages.put("jobs", "#jobs");
            chromium.open(UI + "/records").close(); // warm-up
            pages.forEach((path, marker) -> System.out.printf("page   %-62s %s%n", "/" + path.replaceAll("\\?.*", ""),
                    time(() -> {
                        Page page = chromium.open(UI + "/" + path);
                        PlaywrightAssertions.assertThat(page.locator(marker).first()).isVisible();
                        page.close();
                        return null;
                    })));
            // a new tab of a browser that has loaded the app before: the client bundle comes from its cache
            BrowserContext profile = chromium.newProfile();
            Page first = profile.newPage();
            first.navigate(UI + "/records");
            PlaywrightAssertions.assertThat(first.locator("#status")).isVisible();
            pages.forEach((path, marker) -> System.out.printf("tab    %-62s %s%n", "/" + path.replaceAll("\\?.*", ""),
                    time(() -> {
                        Page page = profile.newPage();
                        page.navigate(UI + "/" + path);
                        PlaywrightAssertions.assertThat(page.locator(marker).first()).isVisible();
                        page.close();
                        return null;
                    })));
            System.out.printf("tab    %-62s %s%n", "app shell only (side navigation visible)", time(() -> {
                Page page = profile.newPage();
                page.navigate(UI + "/jobs");
                PlaywrightAssertions.assertThat(page.locator("#nav")).isVisible();
                page.close();
                return null;
            }));
            profile.close();
            timeInAppNavigation(chromium);
        }
    }

    /**
     * What an analyst waits for once the app is open: a click in the side navigation, on Run, or on a cluster's
     * campaign link, until the new view's data is visible (one page, so the bundle is loaded once, as in use).
     */
    private static void timeInAppNavigation(HeadlessChromium chromium) {
        Page page = chromium.open(UI + "/clusters?pivots=" + String.join(",", PIVOTS));
        PlaywrightAssertions.assertThat(page.locator("#clusters span.cluster-size").first()).isVisible();
        Map<String, Runnable> steps = new LinkedHashMap<>();
        steps.put("nav Records", () -> navigate(page, "Records", "#records-grid span.record-url"));
        steps.put("nav Features", () -> navigate(page, "Features", "#feature-n_img img"));
        steps.put("nav Clusters, then Run (3 pivots, 50 largest)", () -> {
            navigate(page, "Clusters", "#run");
            page.locator("#run").click();
            PlaywrightAssertions.assertThat(page.locator("#clusters span.cluster-size").first()).isVisible();
        });
        steps.put("campaign link of the largest cluster", () -> {
            page.locator("#clusters a.campaign-link").first().click();
            PlaywrightAssertions.assertThat(page.locator("#campaign-span")).isVisible();
        });
        steps.put("nav Jobs", () -> navigate(page, "Jobs", "#jobs"));
        List<String> order = new ArrayList<>(steps.keySet());
        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (int run = 0; run < RUNS; run++) {
            for (String step : order) {
                long began = System.nanoTime();
                steps.get(step).run();
                times.computeIfAbsent(step, s -> new ArrayList<>()).add((System.nanoTime() - began) / 1_000_000);
            }
        }
        times.forEach((step, took) -> System.out.printf("in-app %-62s %s%n", step, summary(took)));
        page.close();
    }

    private static void navigate(Page page, String item, String marker) {
        // each marker exists only in its own view, so it shows when the new view has its data
        page.locator("#nav").getByText(item).click();
        PlaywrightAssertions.assertThat(page.locator(marker).first()).isVisible();
    }

    /** Median and maximum over {@value #RUNS} runs, in milliseconds. */
    private static String time(Supplier<?> action) {
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long began = System.nanoTime();
            action.get();
            times.add((System.nanoTime() - began) / 1_000_000);
        }
        return summary(times);
    }

    private static String summary(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return "median " + sorted.get(sorted.size() / 2) + " ms, max " + sorted.getLast() + " ms " + times;
    }
}
