package io.defplorex.ui.view;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;

import com.microsoft.playwright.Page;

/**
 * What every browser test shares: the UI started by Spring on a random port, one headless Chromium per test
 * class, the node of {@code dpx.it.es}, and the screenshots folder. A subclass names its index with
 * {@link #useIndex} in its own {@code @DynamicPropertySource}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserIT {

    static final String ES = System.getProperty("dpx.it.es", "http://127.0.0.1:19200");
    static final String REDIS = System.getProperty("dpx.it.redis", "redis://127.0.0.1:16379");
    static final Path SHOTS = Paths.get("target", "screenshots");

    static HeadlessChromium chromium;

    @LocalServerPort
    private int port;

    /** Points the UI at {@code index} of the test node. */
    static void useIndex(DynamicPropertyRegistry registry, String index) {
        registry.add("defplorex.es.url", () -> ES);
        registry.add("defplorex.index", () -> index);
    }

    @BeforeAll
    static void startBrowser() {
        chromium = new HeadlessChromium();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    /** A fresh page showing the UI's {@code path} (no leading slash). */
    Page open(String path) {
        return chromium.open("http://127.0.0.1:" + port + "/" + path);
    }

    /** Saves what {@code page} shows as {@code target/screenshots/<name>.png}. */
    static void screenshot(Page page, String name, boolean fullPage) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(fullPage));
    }
}
