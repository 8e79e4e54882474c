package io.defplorex.worker.transform;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads the mirrored page out of a record and parses it, with the record's URL as base for relative links.
 * The last parse is kept per thread, so the steps of one chain share it instead of parsing the page again.
 */
final class Mirrors {

    private static final ThreadLocal<Parsed> LAST = new ThreadLocal<>();

    private record Parsed(String html, String base, Document page) {
    }

    private Mirrors() {
    }

    static Document parse(Map<String, Object> record) throws TransformException {
        if (!(record.get("mirror") instanceof Map<?, ?> mirror) || !(mirror.get("html") instanceof String html)) {
            throw new TransformException("record has no mirror.html");
        }
        String base = record.get("url") instanceof String u ? u : "";
        Parsed last = LAST.get();
        if (last != null && last.html() == html && last.base().equals(base)) {
            return last.page();
        }
        Document page = Jsoup.parse(html, base);
        LAST.set(new Parsed(html, base, page));
        return page;
    }

    /** Drops the kept parse, so a large page is not held after its record is done. */
    static void forget() {
        LAST.remove();
    }
}
