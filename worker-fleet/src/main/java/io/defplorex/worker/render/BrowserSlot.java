package io.defplorex.worker.render;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import com.microsoft.playwright.options.WaitUntilState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Playwright driver, one Chromium and one reused page, owned by a single worker thread (the Java client is
 * not thread-safe). Every request is routed: the first navigation of a render gets the mirror, other
 * navigations an empty 204 (so the archived document stays), everything else is aborted; {@link CapturePoint}
 * cancels the page's own navigations and freezes it once loaded, so the capture is reproducible. Each render runs
 * under a {@link Watchdog}; after a timeout, a crash, or enough renders or memory, the browser is killed and
 * started again before the next page.
 */
final class BrowserSlot implements AutoCloseable {

    static final int WIDTH = 1280;
    static final int HEIGHT = 800;
    static final int MAX_LISTED_REQUESTS = 500;
    private static final int MAX_URL_CHARS = 2048;
    private static final int MEMORY_CHECK_EVERY = 10; // reading the process tree from /proc costs ~5 ms
    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(BrowserSlot.class);

    private final RenderOptions options;
    private final RenderSteps steps;
    private final Thread owner = Thread.currentThread();

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private Page page;
    private CDPSession cdp;
    private String marker;
    private volatile ProcessHandle browserProcess;
    private int renders;
    private boolean broken;

    // state of the render in progress; handlers run on the owner thread while it waits in a Playwright call
    private byte[] mirror;
    private String target;
    private boolean served;
    private final List<Resource> requests = new ArrayList<>();
    private int nRequests;
    private int nBlocked;
    private volatile boolean crashed;
    private String step;

    BrowserSlot(RenderOptions options, RenderSteps steps) {
        this.options = options;
        this.steps = steps;
    }

    Thread owner() {
        return owner;
    }

    /** Renders {@code html} as if served from {@code url} (an http/https URL without fragment). */
    Rendering render(String url, String html) {
        try {
            RenderSteps.Mark t = steps.start();
            ensureStarted();
            steps.lap("start browser", t);
        } catch (PlaywrightException e) {
            broken = true;
            recycleIfNeeded();
            return Rendering.failed(RenderStatus.ERROR, "browser did not start: " + firstLine(e), List.of(), 0, 0);
        }
        mirror = html.getBytes(StandardCharsets.UTF_8);
        target = url;
        served = false;
        crashed = false;
        requests.clear();
        nRequests = 0;
        nBlocked = 0;
        renders++;
        step = "start";
        try (Watchdog.Armed dog = Watchdog.arm(options.timeLimit(), this::kill)) {
            try {
                return load();
            } catch (PlaywrightException e) {
                broken = true;
                RenderStatus status = RenderStatus.of(dog.fired(), crashed, e);
                return Rendering.failed(status, reason(status, e), requests, nRequests, nBlocked);
            }
        } finally {
            mirror = null;
            RenderSteps.Mark t = steps.start();
            recycleIfNeeded();
            steps.lap("recycle check", t);
        }
    }

    private Rendering load() {
        step = "navigate";
        RenderSteps.Mark t = steps.start();
        page.navigate(target, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT)
                .setTimeout(options.timeLimit().toMillis()));
        t = steps.lap(step, t);
        step = "wait for load";
        try {
            page.waitForLoadState(LoadState.LOAD, new Page.WaitForLoadStateOptions()
                    .setTimeout(options.timeLimit().toMillis() / 4));
        } catch (TimeoutError e) {
            // a navigation started by the page (answered 204) can keep the load events from firing: go on
        }
        t = steps.lap(step, t);
        step = "count elements";
        Object count = page.evaluate(CapturePoint.SETTLE);
        int elements = count instanceof Number n ? n.intValue() : 0;
        String title = page.title();
        String finalUrl = page.url();
        t = steps.lap(step, t);
        if (elements > options.maxElements()) {
            return new Rendering(RenderStatus.TOO_LARGE, "the DOM has " + elements + " elements after scripts ran, "
                    + "limit " + options.maxElements(), title, finalUrl, List.copyOf(requests), nRequests, nBlocked,
                    null, null, null);
        }
        step = "serialise DOM";
        String dom = page.content();
        int domBytes = dom.getBytes(StandardCharsets.UTF_8).length;
        t = steps.lap(step, t);
        if (domBytes > options.maxDomBytes()) {
            return new Rendering(RenderStatus.TOO_LARGE, "the DOM is " + domBytes + " bytes after scripts ran, "
                    + "limit " + options.maxDomBytes(), title, finalUrl, List.copyOf(requests), nRequests, nBlocked,
                    null, null, null);
        }
        step = "screenshot";
        byte[] png = capture(new JsonObject(), false);
        t = steps.lap(step, t);
        step = "thumbnail";
        byte[] thumbnail = thumbnail();
        steps.lap(step, t);
        return new Rendering(RenderStatus.OK, null, title, finalUrl, List.copyOf(requests), nRequests, nBlocked, dom,
                png, thumbnail);
    }

    /** The viewport scaled by Chromium itself, far cheaper than decoding and scaling the full PNG in Java. */
    private byte[] thumbnail() {
        Thumbnail size = Thumbnail.of(WIDTH, HEIGHT);
        JsonObject clip = new JsonObject();
        clip.addProperty("x", 0);
        clip.addProperty("y", 0);
        clip.addProperty("width", WIDTH);
        clip.addProperty("height", HEIGHT);
        clip.addProperty("scale", size.scale());
        JsonObject params = new JsonObject();
        params.add("clip", clip);
        return capture(params, true);
    }

    /**
     * One PNG of the viewport straight from Chromium (Playwright's screenshot adds round trips to the page).
     * Fast encoding halves the encoder's time but doubles a full screenshot's size (bench/render.md): only the
     * thumbnail, which is decoded at once and small anyway, gets it.
     */
    private byte[] capture(JsonObject params, boolean fast) {
        params.addProperty("format", "png");
        params.addProperty("optimizeForSpeed", fast);
        JsonObject shot = cdp.send("Page.captureScreenshot", params);
        return Base64.getDecoder().decode(shot.get("data").getAsString());
    }

    /** A navigation the page started and its capture script cancelled: listed as a blocked document request. */
    private void cancelledNavigation(Object url) {
        nRequests++;
        nBlocked++;
        if (requests.size() < MAX_LISTED_REQUESTS) {
            String listed = String.valueOf(url);
            requests.add(new Resource(listed.length() > MAX_URL_CHARS ? listed.substring(0, MAX_URL_CHARS) : listed,
                    "document", true));
        }
    }

    private void route(Route route) {
        Request request = route.request();
        String url = request.url();
        boolean navigation = request.isNavigationRequest();
        boolean mirrorRequest = navigation && !served && request.frame() == page.mainFrame() && sameUrl(url, target);
        nRequests++;
        if (!mirrorRequest) {
            nBlocked++;
        }
        if (requests.size() < MAX_LISTED_REQUESTS) {
            String listed = url.length() > MAX_URL_CHARS ? url.substring(0, MAX_URL_CHARS) : url;
            requests.add(new Resource(listed, request.resourceType(), !mirrorRequest));
        }
        try {
            if (mirrorRequest) {
                served = true;
                route.fulfill(new Route.FulfillOptions().setStatus(200).setBodyBytes(mirror)
                        .setHeaders(Map.of("content-type", "text/html; charset=utf-8")));
            } else if (navigation) {
                route.fulfill(new Route.FulfillOptions().setStatus(204));
            } else {
                route.abort("blockedbyclient");
            }
        } catch (PlaywrightException e) {
            // the page or frame went away meanwhile; nothing left to answer
        }
    }

    static boolean sameUrl(String requested, String target) {
        return strip(requested).equalsIgnoreCase(strip(target));
    }

    private static String strip(String url) {
        int hash = url.indexOf('#');
        String u = hash >= 0 ? url.substring(0, hash) : url;
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private void ensureStarted() {
        if (browser != null && browser.isConnected()) {
            return;
        }
        stopBrowser();
        try (Watchdog.Armed dog = Watchdog.arm(START_LIMIT, this::killDriver)) {
            if (playwright == null) {
                playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            }
            marker = "--dpx-render-slot=" + UUID.randomUUID();
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(options.chromium()).setHeadless(true).setArgs(ChromiumFlags.of(marker))
                    .setTimeout(START_LIMIT.toMillis()));
            browserProcess = ChromiumProcesses.find(marker).orElse(null);
            if (browserProcess == null) {
                LOG.warn("Chromium of {} not found among the worker's processes: a stuck render cannot be killed "
                        + "before Playwright's own timeouts", owner.getName());
            }
            context = browser.newContext(new Browser.NewContextOptions().setViewportSize(WIDTH, HEIGHT)
                    .setAcceptDownloads(false).setServiceWorkers(ServiceWorkerPolicy.BLOCK));
            context.exposeBinding(CapturePoint.NAVIGATION_BINDING, (source, args) -> {
                cancelledNavigation(args.length > 0 ? args[0] : null);
                return null;
            });
            context.addInitScript(CapturePoint.SCRIPT);
            context.route("**/*", this::route);
            context.routeWebSocket("**", ws -> {
                nRequests++;
                nBlocked++;
                if (requests.size() < MAX_LISTED_REQUESTS) {
                    requests.add(new Resource(ws.url(), "websocket", true));
                }
                ws.close();
            });
            page = context.newPage();
            context.onPage(p -> {
                if (p != page) {
                    p.close();
                }
            });
            page.onDialog(d -> {
                if ("beforeunload".equals(d.type())) {
                    d.accept();
                } else {
                    d.dismiss();
                }
            });
            page.onCrash(p -> crashed = true);
            page.setDefaultTimeout(options.timeLimit().toMillis());
            cdp = context.newCDPSession(page);
            renders = 0;
            broken = false;
        }
    }

    private void recycleIfNeeded() {
        String why = null;
        if (broken) {
            why = null; // after a timeout or crash: expected, the record's status says so
        } else if (renders >= options.recycleEvery()) {
            why = renders + " renders";
        } else if (browserProcess != null && renders % MEMORY_CHECK_EVERY == 0) {
            long mb = ChromiumProcesses.residentMb(browserProcess);
            if (mb > options.maxBrowserMb()) {
                why = mb + " MB resident, bound " + options.maxBrowserMb() + " MB";
            }
        }
        if (broken || why != null) {
            if (why != null) {
                LOG.info("restarting Chromium of {} after {}", owner.getName(), why);
            }
            stopBrowser();
        }
    }

    /** Kills the browser's processes; Playwright calls waiting on it then fail at once. Any thread may call it. */
    private void kill() {
        ProcessHandle p = browserProcess;
        if (p != null) {
            ChromiumProcesses.killTree(p);
        }
    }

    private void killDriver() {
        kill();
        Optional.ofNullable(browserProcess).flatMap(ProcessHandle::parent).ifPresent(ChromiumProcesses::killTree);
    }

    private void stopBrowser() {
        if (browser == null) {
            return;
        }
        kill();
        try (Watchdog.Armed dog = Watchdog.arm(START_LIMIT, this::killDriver)) {
            browser.close();
        } catch (PlaywrightException e) {
            closePlaywright(); // the driver is in doubt: start a fresh one
        }
        browser = null;
        context = null;
        page = null;
        cdp = null;
        browserProcess = null;
    }

    private void closePlaywright() {
        if (playwright == null) {
            return;
        }
        try (Watchdog.Armed dog = Watchdog.arm(START_LIMIT, this::killDriver)) {
            playwright.close();
        } catch (PlaywrightException e) {
            LOG.warn("Playwright driver of {} did not close cleanly: {}", owner.getName(), firstLine(e));
        }
        playwright = null;
    }

    @Override
    public void close() {
        stopBrowser();
        closePlaywright();
    }

    private String reason(RenderStatus status, PlaywrightException e) {
        return switch (status) {
            case TIMEOUT -> "render took longer than " + options.timeLimit().toSeconds() + " s (at " + step + ")";
            case CRASHED -> "the page's renderer crashed: " + firstLine(e);
            default -> firstLine(e);
        };
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }
}
