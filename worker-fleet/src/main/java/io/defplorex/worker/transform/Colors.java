package io.defplorex.worker.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The average of the colours a page declares: {@code bgcolor} and {@code color} attributes, and CSS
 * {@code color} / {@code background-color} declarations in {@code style} attributes and {@code <style>} blocks.
 * Each declaration counts once; values that are not a literal colour (var(), inherit, transparent) are skipped.
 */
final class Colors {

    static final String NONE = "#000000";

    private static final Pattern DECLARATION = Pattern.compile(
            "(?i)(?<![\\w-])(?:background-color|color)\\s*:\\s*([^;}!]{1,64})");
    private static final Pattern HEX = Pattern.compile("^#?([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$");
    private static final Pattern RGB = Pattern.compile(
            "^rgba?\\(\\s*([\\d.]+%?)\\s*[, ]\\s*([\\d.]+%?)\\s*[, ]\\s*([\\d.]+%?)\\s*"
                    + "(?:[,/]\\s*[\\d.]+%?\\s*)?\\)$");
    private static final Map<String, Integer> NAMED = Map.ofEntries(
            Map.entry("black", 0x000000), Map.entry("white", 0xffffff), Map.entry("red", 0xff0000),
            Map.entry("lime", 0x00ff00), Map.entry("blue", 0x0000ff), Map.entry("yellow", 0xffff00),
            Map.entry("cyan", 0x00ffff), Map.entry("aqua", 0x00ffff), Map.entry("magenta", 0xff00ff),
            Map.entry("fuchsia", 0xff00ff), Map.entry("silver", 0xc0c0c0), Map.entry("gray", 0x808080),
            Map.entry("grey", 0x808080), Map.entry("maroon", 0x800000), Map.entry("olive", 0x808000),
            Map.entry("green", 0x008000), Map.entry("purple", 0x800080), Map.entry("teal", 0x008080),
            Map.entry("navy", 0x000080), Map.entry("orange", 0xffa500), Map.entry("gold", 0xffd700),
            Map.entry("pink", 0xffc0cb), Map.entry("brown", 0xa52a2a), Map.entry("violet", 0xee82ee),
            Map.entry("indigo", 0x4b0082), Map.entry("wheat", 0xf5deb3), Map.entry("salmon", 0xfa8072),
            Map.entry("whitesmoke", 0xf5f5f5), Map.entry("springgreen", 0x00ff7f), Map.entry("darkred", 0x8b0000),
            Map.entry("limegreen", 0x32cd32), Map.entry("lightblue", 0xadd8e6), Map.entry("dodgerblue", 0x1e90ff),
            Map.entry("darkblue", 0x00008b), Map.entry("darkgreen", 0x006400), Map.entry("lightgreen", 0x90ee90),
            Map.entry("darkgray", 0xa9a9a9), Map.entry("darkgrey", 0xa9a9a9), Map.entry("lightgray", 0xd3d3d3),
            Map.entry("lightgrey", 0xd3d3d3), Map.entry("crimson", 0xdc143c), Map.entry("orangered", 0xff4500),
            Map.entry("skyblue", 0x87ceeb), Map.entry("deepskyblue", 0x00bfff), Map.entry("chartreuse", 0x7fff00),
            Map.entry("turquoise", 0x40e0d0), Map.entry("khaki", 0xf0e68c), Map.entry("tomato", 0xff6347),
            Map.entry("coral", 0xff7f50), Map.entry("beige", 0xf5f5dc), Map.entry("ivory", 0xfffff0),
            Map.entry("snow", 0xfffafa), Map.entry("greenyellow", 0xadff2f), Map.entry("darkorange", 0xff8c00));

    private Colors() {
    }

    /** The page's average declared colour as {@code #rrggbb}, or {@link #NONE} when it declares none. */
    static String average(Document page) {
        List<Integer> colors = declared(page);
        if (colors.isEmpty()) {
            return NONE;
        }
        long r = 0;
        long g = 0;
        long b = 0;
        for (int c : colors) {
            r += (c >> 16) & 0xff;
            g += (c >> 8) & 0xff;
            b += c & 0xff;
        }
        int n = colors.size();
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round((double) r / n), Math.round((double) g / n),
                Math.round((double) b / n));
    }

    static List<Integer> declared(Document page) {
        List<Integer> colors = new ArrayList<>();
        for (Element e : page.select("[bgcolor], [color]")) {
            parse(e.attr("bgcolor")).ifPresent(colors::add);
            parse(e.attr("color")).ifPresent(colors::add);
        }
        for (Element e : page.select("[style]")) {
            fromCss(e.attr("style"), colors);
        }
        for (Element e : page.getElementsByTag("style")) {
            fromCss(e.data(), colors);
        }
        return colors;
    }

    private static void fromCss(String css, List<Integer> colors) {
        Matcher m = DECLARATION.matcher(css);
        while (m.find()) {
            parse(m.group(1)).ifPresent(colors::add);
        }
    }

    /** Parses one colour value: hex (3, 4, 6 or 8 digits, alpha ignored), rgb()/rgba(), or a known name. */
    static Optional<Integer> parse(String raw) {
        String v = raw.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Matcher hex = HEX.matcher(v);
        if (hex.matches() && (v.startsWith("#") || v.length() == 6)) {
            String h = hex.group(1);
            if (h.length() <= 4) {
                h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
            }
            return Optional.of(Integer.parseInt(h.substring(0, 6), 16));
        }
        Matcher rgb = RGB.matcher(v);
        if (rgb.matches()) {
            try {
                return Optional.of(channel(rgb.group(1)) << 16 | channel(rgb.group(2)) << 8 | channel(rgb.group(3)));
            } catch (NumberFormatException e) {
                return Optional.empty(); // e.g. "1.2.3"
            }
        }
        return Optional.ofNullable(NAMED.get(v));
    }

    private static int channel(String s) {
        double value = s.endsWith("%") ? Double.parseDouble(s.substring(0, s.length() - 1)) * 255 / 100
                : Double.parseDouble(s);
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
