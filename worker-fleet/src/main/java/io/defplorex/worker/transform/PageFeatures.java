package io.defplorex.worker.transform;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The features added to the seed's for the DefPloreX paper and the template fingerprint: sound type, cross-origin
 * links, letters of external domains, encoding, language, {@code template_simhash} and
 * {@code template_bands}. Rules in docs/features.md.
 */
final class PageFeatures {

    private PageFeatures() {
    }

    static void addTo(Map<String, Object> f, Map<String, Object> record, Map<?, ?> extract, Document page) {
        String host = host(record.get("url") instanceof String u ? u : "");
        f.put("sound_type", extract.get("sound_types") instanceof List<?> types && !types.isEmpty()
                ? String.valueOf(types.getFirst()) : "none");
        f.put("frac_cross_origin_links", crossOriginLinks(page, host));
        f.put("avg_letters_external_domains", avgLettersOfExternalDomains(extract.get("urls"), host));
        f.put("encoding", extract.get("encoding") instanceof String e ? e : "none");
        f.put("language", extract.get("language") instanceof String l ? l : "und");
        long template = TemplateSimHash.of(page);
        f.put("template_simhash", Hashes.hex64(template));
        f.put("template_bands", TemplateBands.of(template));
    }

    /** Links ({@code a[href]} resolving to http/https) to another host than the record's / all such links. */
    static double crossOriginLinks(Document page, String host) {
        int links = 0;
        int cross = 0;
        for (Element a : page.getElementsByTag("a")) {
            if (!a.hasAttr("href")) {
                continue;
            }
            String url = a.absUrl("href");
            if (url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8)) {
                links++;
                if (!host(url).equals(host)) {
                    cross++;
                }
            }
        }
        return links == 0 ? 0.0 : (double) cross / links;
    }

    /** Mean count of letters a-z in the distinct hosts of {@code extract.urls} other than the record's. */
    static double avgLettersOfExternalDomains(Object urls, String host) {
        Set<String> external = new LinkedHashSet<>();
        if (urls instanceof List<?> list) {
            for (Object url : list) {
                String h = host(String.valueOf(url));
                if (!h.isEmpty() && !h.equals(host)) {
                    external.add(h);
                }
            }
        }
        if (external.isEmpty()) {
            return 0.0;
        }
        long letters = 0;
        for (String h : external) {
            letters += h.chars().filter(c -> c >= 'a' && c <= 'z').count();
        }
        return (double) letters / external.size();
    }

    /** The lower-case host of {@code url}, "" when it has none or does not parse. */
    static String host(String url) {
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            return h == null ? "" : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            int start = url.indexOf("://");
            if (start < 0) {
                return "";
            }
            int end = start + 3;
            while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
                end++;
            }
            return url.substring(start + 3, end).toLowerCase(Locale.ROOT);
        }
    }
}
