package io.defplorex.worker.transform;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.defplorex.worker.render.RenderFeatures;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code features}: the numeric and keyword features clustering pivots on, computed from the record's
 * {@code extract} and its HTML. The list with each feature's rule is {@code features.json}; this class must
 * produce exactly those names (a test holds it to that).
 */
public final class FeaturesTransformer implements Transformer {

    private static final String ASCII_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    @Override
    public String name() {
        return "features";
    }

    @Override
    public Map<String, Object> apply(Map<String, Object> record, TransformContext context)
            throws TransformException {
        if (!(record.get("extract") instanceof Map<?, ?> extract) || !(extract.get("counts") instanceof Map<?, ?> c)) {
            throw new TransformException("record has no extract (run the extract transformer first)");
        }
        Document page = Mirrors.parse(record);

        Map<String, Object> f = new LinkedHashMap<>();
        f.put("n_urls", size(extract.get("urls")));
        f.put("n_object", count(c, "object"));
        f.put("n_embed", count(c, "embed"));
        f.put("n_telephone", size(extract.get("phones")));
        f.put("n_email", size(extract.get("emails")));
        f.put("n_img", count(c, "img"));
        f.put("n_link", count(c, "link"));
        f.put("n_sound_urls", size(extract.get("sound_urls")));
        f.put("n_anchor", count(c, "anchor"));
        f.put("n_meta", count(c, "meta"));
        f.put("n_resource", (double) resources(page).size());
        f.put("n_iframe", count(c, "iframe"));
        f.put("n_script", count(c, "script"));
        f.put("n_hashtag", size(extract.get("hashtags")));
        f.put("n_style", count(c, "style"));
        f.put("n_twitter", size(extract.get("twitter")));
        titleFractions(extract.get("title") instanceof String t ? t : "", f);
        f.put("avg_color", Colors.average(page));
        PageFeatures.addTo(f, record, extract, page);
        RenderFeatures.addTo(f, record);
        return Map.of("features", f);
    }

    static Set<String> resources(Document page) {
        Set<String> urls = new LinkedHashSet<>();
        String query = "img[src], script[src], iframe[src], embed[src], audio[src], video[src], source[src], "
                + "link[href], object[data]";
        for (Element e : page.select(query)) {
            String attr = e.nameIs("link") ? "href" : e.nameIs("object") ? "data" : "src";
            String url = e.absUrl(attr);
            String lower = url.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("ftp://")) {
                urls.add(url);
            }
        }
        return urls;
    }

    private static void titleFractions(String title, Map<String, Object> f) {
        int[] cps = title.codePoints().toArray();
        int letters = 0;
        int punct = 0;
        int space = 0;
        int digits = 0;
        for (int cp : cps) {
            if (Character.isLetter(cp)) {
                letters++;
            } else if (Character.isDigit(cp)) {
                digits++;
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space++;
            } else if (isPunctuation(cp)) {
                punct++;
            }
        }
        double n = cps.length;
        f.put("frac_letters_in_title", n == 0 ? 0.0 : letters / n);
        f.put("frac_punct_in_title", n == 0 ? 0.0 : punct / n);
        f.put("frac_whitespace_in_title", n == 0 ? 0.0 : space / n);
        f.put("frac_digits_in_title", n == 0 ? 0.0 : digits / n);
    }

    private static boolean isPunctuation(int cp) {
        if (cp < 128) {
            return ASCII_PUNCT.indexOf(cp) >= 0;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static double size(Object list) {
        return list instanceof List<?> l ? l.size() : 0;
    }

    private static double count(Map<?, ?> counts, String tag) {
        return counts.get(tag) instanceof Number n ? n.doubleValue() : 0;
    }
}
