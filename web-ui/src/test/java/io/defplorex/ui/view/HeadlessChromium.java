package io.defplorex.ui.view;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Debian's Chromium driven by Playwright, headless, without any browser download. The first page load of
 * a Vaadin app is slow on a busy machine, hence the 30 s for every wait and assertion.
 */
final class HeadlessChromium implements AutoCloseable {

    static final double TIMEOUT_MS = 30_000;

    private final Playwright playwright;
    private final Browser browser;

    HeadlessChromium() {
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    /** A fresh 1400×1000 page showing {@code url}. */
    Page open(String url) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
        page.setDefaultTimeout(TIMEOUT_MS);
        page.navigate(url);
        return page;
    }

    /** A browser profile of its own whose pages share one HTTP cache, like the tabs of an analyst's browser. */
    BrowserContext newProfile() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
