package io.defplorex.worker.transform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page embeds, as lists of resolved URLs: images with a hash each, scripts, style sheets, iframes, embeds,
 * objects, and its meta tags. A {@code data:} URI is kept as its header only ({@code data:image/png;base64}) and
 * an image's hash is then the hash of its decoded bytes, so one picture inlined on many pages has one hash.
 */
final class PageResources {

    /** Entries kept per list; a hostile page may hold millions of tags. */
    static final int MAX_ENTRIES = 100;
    static final int MAX_META_CONTENT = 300;

    private PageResources() {
    }

    static List<Map<String, Object>> images(Document page) {
        Set<List<String>> seen = new LinkedHashSet<>();
        for (Element img : page.getElementsByTag("img")) {
            String src = img.attr("src").strip();
            if (src.isEmpty()) {
                continue;
            }
            if (src.regionMatches(true, 0, "data:", 0, 5)) {
                seen.add(List.of(dataHeader(src), Hashes.sha256Hex16(dataBytes(src))));
            } else {
                String url = img.absUrl("src");
                url = url.isEmpty() ? src : url;
                seen.add(List.of(url, Hashes.sha256Hex16(url)));
            }
            if (seen.size() >= MAX_ENTRIES) {
                break;
            }
        }
        List<Map<String, Object>> images = new ArrayList<>();
        for (List<String> image : seen) {
            images.add(Map.of("url", image.get(0), "hash", image.get(1)));
        }
        return images;
    }

    /** Resolved {@code attr} values of the elements matching {@code query}, data: URIs shortened to their header. */
    static List<String> urls(Document page, String query, String attr) {
        Set<String> urls = new LinkedHashSet<>();
        for (Element e : page.select(query)) {
            String raw = e.attr(attr).strip();
            if (raw.isEmpty()) {
                continue;
            }
            if (raw.regionMatches(true, 0, "data:", 0, 5)) {
                urls.add(dataHeader(raw));
            } else {
                String abs = e.absUrl(attr);
                urls.add(abs.isEmpty() ? raw : abs);
            }
            if (urls.size() >= MAX_ENTRIES) {
                break;
            }
        }
        return List.copyOf(urls);
    }

    /** {@code [{name, content}]} of meta tags with a name, property, http-equiv or charset. */
    static List<Map<String, Object>> meta(Document page) {
        List<Map<String, Object>> metas = new ArrayList<>();
        for (Element m : page.getElementsByTag("meta")) {
            String name = firstNonEmpty(m.attr("name"), m.attr("property"), m.attr("http-equiv"));
            String content = m.attr("content");
            if (name.isEmpty() && m.hasAttr("charset")) {
                name = "charset";
                content = m.attr("charset");
            }
            if (name.isEmpty()) {
                continue;
            }
            content = content.strip();
            if (content.length() > MAX_META_CONTENT) {
                content = content.substring(0, MAX_META_CONTENT);
            }
            metas.add(Map.of("name", name.strip().toLowerCase(java.util.Locale.ROOT), "content", content));
            if (metas.size() >= MAX_ENTRIES) {
                break;
            }
        }
        return metas;
    }

    static String dataHeader(String uri) {
        int comma = uri.indexOf(',');
        String header = comma < 0 ? uri : uri.substring(0, comma);
        return header.length() > 100 ? header.substring(0, 100) : header;
    }

    /** The bytes a data: URI carries: base64-decoded (white space ignored) or percent-decoded. */
    static byte[] dataBytes(String uri) {
        int comma = uri.indexOf(',');
        if (comma < 0) {
            return new byte[0];
        }
        String payload = uri.substring(comma + 1);
        if (uri.substring(0, comma).toLowerCase(java.util.Locale.ROOT).endsWith(";base64")) {
            try {
                return Base64.getMimeDecoder().decode(payload);
            } catch (IllegalArgumentException e) {
                return payload.getBytes(StandardCharsets.UTF_8); // broken base64: hash what is there
            }
        }
        try {
            return java.net.URLDecoder.decode(payload.replace("+", "%2B"), StandardCharsets.UTF_8)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return payload.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (!v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
