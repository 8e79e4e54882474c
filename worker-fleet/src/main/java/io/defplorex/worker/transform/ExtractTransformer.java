package io.defplorex.worker.transform;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code extract}: static analysis of the mirrored HTML with jsoup, without running or fetching anything.
 * Text means the page's visible text (not scripts or styles); lists keep first-seen order without repeats.
 * A record with a rendered DOM ({@code render_dom.html}) gets the same extraction of it under {@code extract_dom}.
 * The rules are written out in docs/features.md.
 */
public final class ExtractTransformer implements Transformer {

    static final List<String> COUNTED = List.of(
            "img", "script", "style", "meta", "iframe", "embed", "object", "link", "anchor");

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public Map<String, Object> apply(Map<String, Object> record, TransformContext context)
            throws TransformException {
        Document page = Mirrors.parse(record);
        String html = (String) ((Map<?, ?>) record.get("mirror")).get("html");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("extract", extract(page, html));
        if (record.get("render_dom") instanceof Map<?, ?> dom && dom.get("html") instanceof String rendered) {
            String base = record.get("url") instanceof String u ? u : "";
            fields.put("extract_dom", extract(Jsoup.parse(rendered, base), rendered));
        }
        return fields;
    }

    /** Everything extraction finds in one parsed page ({@code html} is the text it was parsed from). */
    static Map<String, Object> extract(Document page, String html) {
        String text = page.text();
        Set<String> urls = urls(page, text);
        Set<String> twitter = twitter(page, text);
        Set<String> sounds = sounds(page);
        String normalised = VisibleText.normalise(text);

        Map<String, Object> extract = new LinkedHashMap<>();
        extract.put("title", page.title());
        extract.put("urls", List.copyOf(urls));
        extract.put("emails", List.copyOf(emails(page, text)));
        extract.put("phones", List.copyOf(phones(page, text)));
        extract.put("twitter", List.copyOf(twitter));
        extract.put("social", SocialHandles.find(links(page, urls), twitter));
        extract.put("hashtags", List.copyOf(hashtags(text)));
        extract.put("sound_urls", List.copyOf(sounds));
        extract.put("sound_types", sounds.stream().map(ExtractTransformer::soundType).toList());
        extract.put("images", PageResources.images(page));
        extract.put("scripts", PageResources.urls(page, "script[src]", "src"));
        extract.put("styles", PageResources.urls(page, "link[rel~=(?i)stylesheet][href]", "href"));
        extract.put("iframes", PageResources.urls(page, "iframe[src]", "src"));
        extract.put("embeds", PageResources.urls(page, "embed[src]", "src"));
        extract.put("objects", PageResources.urls(page, "object[data]", "data"));
        extract.put("meta", PageResources.meta(page));
        extract.put("text", normalised.length() > VisibleText.STORED_CHARS
                ? normalised.substring(0, VisibleText.STORED_CHARS) : normalised);
        extract.put("text_hash", Hashes.sha256Hex16(normalised));
        extract.put("summary", VisibleText.summary(text));
        extract.put("encoding", Encodings.detect(html, page));
        extract.put("language", Languages.guess(text));
        extract.put("counts", counts(page));
        return extract;
    }

    /** Link targets for social handles: the absolute URLs found, plus protocol-relative and tg: hrefs. */
    private static Set<String> links(Document page, Set<String> urls) {
        Set<String> links = new LinkedHashSet<>(urls);
        for (Element a : page.getElementsByTag("a")) {
            String href = a.attr("href").strip();
            if (href.startsWith("//") || href.regionMatches(true, 0, "tg:", 0, 3)) {
                links.add(href);
            }
        }
        return links;
    }

    /**
     * The kind of a sound URL: its file extension ({@code mp3}, {@code midi}, …) or the music host
     * ({@code soundcloud}, {@code youtube}).
     */
    static String soundType(String url) {
        try {
            URI uri = URI.create(url.replace(" ", "%20"));
            Matcher file = PagePatterns.SOUND_FILE.matcher(uri.getPath() == null ? "" : uri.getPath());
            if (file.find()) {
                return file.group(1).toLowerCase(Locale.ROOT);
            }
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            return host.endsWith("soundcloud.com") ? "soundcloud" : "youtube";
        } catch (IllegalArgumentException e) {
            return "unknown";
        }
    }

    private static Set<String> urls(Document page, String text) {
        Set<String> urls = new LinkedHashSet<>();
        for (Element e : page.select("[href], [src]")) {
            for (String attr : List.of("href", "src")) {
                String v = e.attr(attr).strip();
                if (PagePatterns.URL.matcher(v).lookingAt()) {
                    urls.add(v);
                }
            }
        }
        PagePatterns.forEachMatch(PagePatterns.URL, text, "://", 5,
                m -> urls.add(trimTrailingPunctuation(m.group())));
        return urls;
    }

    private static Set<String> emails(Document page, String text) {
        Set<String> emails = new LinkedHashSet<>();
        List<String> sources = new ArrayList<>(PagePatterns.emailWindows(text));
        for (Element a : page.select("a[href^=mailto:]")) {
            sources.addAll(PagePatterns.emailWindows(a.attr("href")));
        }
        for (String s : sources) {
            Matcher m = PagePatterns.EMAIL.matcher(s);
            while (m.find()) {
                emails.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return emails;
    }

    private static Set<String> phones(Document page, String text) {
        Set<String> phones = new LinkedHashSet<>();
        for (Element a : page.select("a[href]")) {
            String href = a.attr("href").strip();
            if (href.regionMatches(true, 0, "tel:", 0, 4)) {
                addPhone(phones, href.substring(4));
            }
            Matcher wa = PagePatterns.WHATSAPP.matcher(href);
            if (wa.find()) {
                addPhone(phones, "+" + wa.group(1));
            }
        }
        PagePatterns.forEachMatch(PagePatterns.PHONE, text, "+", 0, m -> addPhone(phones, m.group()));
        return phones;
    }

    private static void addPhone(Set<String> phones, String raw) {
        String digits = raw.replaceAll("\\D", "");
        if (digits.length() >= 7 && digits.length() <= 15) {
            phones.add("+" + digits);
        }
    }

    private static Set<String> twitter(Document page, String text) {
        Set<String> handles = new LinkedHashSet<>();
        PagePatterns.forEachMatch(PagePatterns.HANDLE, text, "@", 0,
                m -> handles.add(m.group(1).toLowerCase(Locale.ROOT)));
        for (Element a : page.select("a[href]")) {
            Matcher link = PagePatterns.TWITTER_LINK.matcher(a.attr("href").strip());
            if (link.matches() && !PagePatterns.TWITTER_RESERVED.matcher(link.group(1)).matches()) {
                handles.add(link.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return handles;
    }

    private static Set<String> hashtags(String text) {
        Set<String> tags = new LinkedHashSet<>();
        PagePatterns.forEachMatch(PagePatterns.HASHTAG, text, "#", 0,
                m -> tags.add(m.group(1).toLowerCase(Locale.ROOT)));
        return tags;
    }

    /** Sound sources: audio/media elements, embeds, objects and links whose URL is a sound file or a music host. */
    private static Set<String> sounds(Document page) {
        Set<String> sounds = new LinkedHashSet<>();
        String query = "audio[src], source[src], bgsound[src], embed[src], iframe[src], object[data], a[href], "
                + "param[name~=(?i)^(movie|src|url|filename)$][value]";
        for (Element e : page.select(query)) {
            for (Attribute attr : e.attributes()) {
                String name = attr.getKey().toLowerCase(Locale.ROOT);
                if (name.equals("src") || name.equals("href") || name.equals("data") || name.equals("value")) {
                    String url = e.absUrl(name);
                    if (isSound(url)) {
                        sounds.add(url);
                    }
                }
            }
        }
        return sounds;
    }

    static boolean isSound(String url) {
        try {
            URI uri = URI.create(url.replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("ftp")) {
                return false;
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            String host = uri.getHost() == null ? "" : uri.getHost();
            return PagePatterns.SOUND_FILE.matcher(path).find() || PagePatterns.MUSIC_HOST.matcher(host).matches();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, Object> counts(Document page) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String tag : COUNTED) {
            counts.put(tag, tag.equals("anchor") ? page.select("a[href]").size() : page.getElementsByTag(tag).size());
        }
        return counts;
    }

    private static String trimTrailingPunctuation(String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?'\"".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }
}
