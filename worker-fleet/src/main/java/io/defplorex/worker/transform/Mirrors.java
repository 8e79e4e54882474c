package io.defplorex.worker.transform;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads the mirrored page out of a record and parses it, with the record's URL as base for relative links. */
final class Mirrors {

    private Mirrors() {
    }

    static Document parse(Map<String, Object> record) throws TransformException {
        if (!(record.get("mirror") instanceof Map<?, ?> mirror) || !(mirror.get("html") instanceof String html)) {
            throw new TransformException("record has no mirror.html");
        }
        String base = record.get("url") instanceof String u ? u : "";
        return Jsoup.parse(html, base);
    }
}
