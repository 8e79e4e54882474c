package io.defplorex.worker.transform;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The encoding a page says it is in: a byte-order mark first, then {@code <meta charset>}, then
 * {@code <meta http-equiv=content-type content="…; charset=…">}; {@code none} when it says nothing. Known names
 * are given in Java's canonical form, lower case ({@code latin1} → {@code iso-8859-1}).
 */
final class Encodings {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})");

    private Encodings() {
    }

    static String detect(String html, Document page) {
        if (html.startsWith("\uFEFF") || html.startsWith("\u00EF\u00BB\u00BF")) {
            return "utf-8";
        }
        if (html.startsWith("\u00FE\u00FF")) {
            return "utf-16be";
        }
        if (html.startsWith("\u00FF\u00FE")) {
            return "utf-16le";
        }
        for (Element meta : page.getElementsByTag("meta")) {
            String declared = meta.attr("charset").strip();
            if (declared.isEmpty() && meta.attr("http-equiv").equalsIgnoreCase("content-type")) {
                Matcher m = CHARSET.matcher(meta.attr("content"));
                declared = m.find() ? m.group(1) : "";
            }
            if (!declared.isEmpty()) {
                return canonical(declared);
            }
        }
        return "none";
    }

    static String canonical(String label) {
        String lower = label.strip().toLowerCase(Locale.ROOT);
        if (lower.length() > 40) {
            lower = lower.substring(0, 40);
        }
        try {
            return Charset.isSupported(lower) ? Charset.forName(lower).name().toLowerCase(Locale.ROOT) : lower;
        } catch (IllegalCharsetNameException e) {
            return lower;
        }
    }
}
