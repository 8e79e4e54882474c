package io.defplorex.worker.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

import io.defplorex.worker.transform.TransformContext;
import io.defplorex.worker.transform.TransformException;
import io.defplorex.worker.transform.Transformer;

/**
 * {@code render}: loads the record's mirror in headless Chromium with all network refused, and writes
 * {@code render} (status, title, requests, colours, perceptual hash), {@code render_dom} and the screenshot.
 * A page that times out, crashes or is too large gets that status, its earlier screenshot is removed, and the
 * chain goes on; only a failure to store or remove the screenshot fails the record. Each worker thread gets its own
 * browser; {@link #close()} ends them all.
 */
public final class RenderTransformer implements Transformer, AutoCloseable {

    public static final String NAME = "render";
    static final String NO_URL = "http://mirror.invalid/";

    private final RenderOptions options;
    private final ScreenshotStore screenshots;
    private final RenderSteps steps = new RenderSteps();
    private final Set<BrowserSlot> slots = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<BrowserSlot> slot = new ThreadLocal<>();

    public RenderTransformer(RenderOptions options, ScreenshotStore screenshots) {
        this.options = options;
        this.screenshots = screenshots;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> apply(Map<String, Object> record, TransformContext context) throws TransformException {
        if (!(record.get("id") instanceof String id) || id.isBlank()) {
            throw new TransformException("record has no id");
        }
        if (!(record.get("mirror") instanceof Map<?, ?> mirror) || !(mirror.get("html") instanceof String html)) {
            throw new TransformException("record has no mirror.html");
        }
        closeSlotsOfEndedThreads();

        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        Rendering r = bytes > options.maxPageBytes()
                ? Rendering.failed(RenderStatus.TOO_LARGE, "the mirror is " + bytes + " bytes, limit "
                        + options.maxPageBytes(), List.of(), 0, 0)
                : slot().render(target(record.get("url")), html);

        Map<String, Object> render = new LinkedHashMap<>();
        render.put("status", r.status().wire());
        render.put("error", r.error());
        render.put("title", r.title());
        render.put("final_url", r.finalUrl());
        List<Map<String, Object>> resources = new ArrayList<>();
        r.requests().forEach(res -> resources.add(res.toMap()));
        render.put("resources", resources);
        render.put("n_requests", r.nRequests());
        render.put("n_blocked", r.nBlocked());
        render.put("colors", null);
        render.put("avg_color_top5", null);
        render.put("phash", null);
        if (r.thumbnail() != null) {
            RenderSteps.Mark t = steps.start();
            BufferedImage thumb = decode(id, r.thumbnail());
            t = steps.lap("decode thumbnail", t);
            Palette.Colors colors = Palette.of(thumb);
            t = steps.lap("palette", t);
            String phash = PerceptualHash.of(thumb);
            t = steps.lap("phash", t);
            render.put("colors", colors.top());
            render.put("avg_color_top5", colors.average());
            render.put("phash", phash);
            try {
                screenshots.put(context.index(), id, r.png(), r.thumbnail(), phash);
                steps.lap("store screenshot", t);
            } catch (IOException | RuntimeException e) {
                throw new TransformException("screenshot of record " + id + " not stored: " + e.getMessage());
            }
        }
        if (r.thumbnail() == null) {
            try {
                screenshots.remove(context.index(), id);
            } catch (IOException | RuntimeException e) {
                throw new TransformException("earlier screenshot of record " + id + " not removed after a render "
                        + "without one (" + r.status().wire() + "): " + e.getMessage());
            }
        }
        render.put("dom_bytes", r.dom() == null ? null : r.dom().getBytes(StandardCharsets.UTF_8).length);
        render.put("rendered_at", Instant.now().toString());

        Map<String, Object> dom = new LinkedHashMap<>();
        dom.put("html", r.dom());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("render", render);
        out.put("render_dom", dom);
        return out;
    }

    /** Where the renders of this transformer spent their time, for benchmarks. */
    public RenderSteps steps() {
        return steps;
    }

    /**
     * The address the mirror is served from: the record's own http/https URL without fragment, so relative
     * links resolve as they did on the defaced site; {@link #NO_URL} when the record's URL is unusable.
     */
    static String target(Object url) {
        if (!(url instanceof String s)) {
            return NO_URL;
        }
        try {
            URI uri = new URI(s.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return NO_URL;
            }
            return new URI(scheme, uri.getRawAuthority() == null ? null : uri.getAuthority(), uri.getPath(),
                    uri.getQuery(), null).toASCIIString();
        } catch (URISyntaxException e) {
            return NO_URL;
        }
    }

    private static BufferedImage decode(String id, byte[] png) throws TransformException {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new TransformException("thumbnail of record " + id + " is not a PNG");
            }
            return image;
        } catch (IOException e) {
            throw new TransformException("thumbnail of record " + id + " unreadable: " + e.getMessage());
        }
    }

    private BrowserSlot slot() {
        BrowserSlot s = slot.get();
        if (s == null) {
            s = new BrowserSlot(options, steps);
            slot.set(s);
            slots.add(s);
        }
        return s;
    }

    /** A thread that ended (the fleet shrank) leaves its browser behind: close it, no one else uses it. */
    private void closeSlotsOfEndedThreads() {
        for (BrowserSlot s : slots) {
            if (!s.owner().isAlive() && slots.remove(s)) {
                s.close();
            }
        }
    }

    /** Closes the browser of the calling thread, e.g. when a worker thread is about to end. */
    public void closeCurrentThread() {
        BrowserSlot s = slot.get();
        if (s != null) {
            slot.remove();
            slots.remove(s);
            s.close();
        }
    }

    /** Ends every browser. Call it once the worker threads are done. */
    @Override
    public void close() {
        for (BrowserSlot s : slots) {
            if (slots.remove(s)) {
                s.close();
            }
        }
    }
}
